package org.openbenefits.platform.order;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.order.CancellationAnswer;
import org.openbenefits.contract.api.order.CancellationRequest;
import org.openbenefits.contract.api.order.RefundView;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.RoleOperations;

/**
 * The employee cancels lines of one of their paid orders (docs/domain-rules.md, "Orders, cancellation and refunds"):
 * the rules run in {@link CancelOrderLines}; their outcome becomes HTTP here. Another employee's order is not found.
 */
@Controller("/api/v1/me/orders")
@Secured("EMPLOYEE")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Orders", description = "The employee's orders and what paid them")
class OrderCancellationController {

    private static final String PROBLEM = ProblemDetail.MEDIA_TYPE;

    private final CancelOrderLines cancelOrderLines;
    private final OrderReader reader;

    OrderCancellationController(CancelOrderLines cancelOrderLines, OrderReader reader) {
        this.cancelOrderLines = cancelOrderLines;
        this.reader = reader;
    }

    @Post("/{id}/cancellation")
    @JsonBodyProblems
    @Operation(operationId = "cancelMyOrderLines", summary = "Cancels lines of one of the employee's paid orders",
            description = "All the lines named or none. A line can be cancelled while paid or in preparation; an "
                    + "e-ticket or e-gift card e-mailed, a parcel shipped or delivered, or a line cancelled already "
                    + "cannot, and then nothing is cancelled. Each allowance's part goes back to the allowance while "
                    + "it is valid (its last day included) and not revoked, otherwise to the employer's budget; the "
                    + "card's part is refunded to the card (after the answer, once); the shipping fee is refunded "
                    + "likewise when no postal line is left to ship. The employee is e-mailed where each euro went.")
    @ApiResponse(responseCode = "200", description = "Cancelled: where the money went and the order now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CancellationAnswer.class)))
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors: lines missing, "
            + "empty or above 50 (field.required, field.too-short, field.too-long), lines[i] a line the order does "
            + "not have (order.line-unknown) or named twice (order.line-named-twice); an id that is not a number; or "
            + "a body that is not one JSON object",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such order of the employee's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "order.lines-not-cancellable {lines}: nothing cancelled, each "
            + "line at fault in errors as lines[i] (order.line-sent, order.line-shipped, order.line-delivered, "
            + "order.line-cancelled); or resource.conflict: the order is not paid (pending, refused or expired)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    CancellationAnswer cancel(@Parameter(hidden = true) CurrentUser employee, @PathVariable long id,
                              @Valid @Body CancellationRequest request) {
        return switch (cancelOrderLines.cancel(employee.id(), id, request.lines())) {
            case CancelOrderLines.NotFound notFound -> throw Refusal.of(GeneralRefusal.NOT_FOUND).toException();
            case CancelOrderLines.Refused refused -> throw refused.refusal().toException();
            case CancelOrderLines.Cancelled cancelled -> new CancellationAnswer(cancelled.lineIds(),
                    cancelled.shippingRefunded(), cancelled.refunds().stream().map(part -> new RefundView(
                            part.destination().name(), part.grantId(), part.kind(), part.campaignName(),
                            part.cardBrand(), part.cardLast4(), part.amount().cents())).toList(),
                    cancelled.total().cents(), reader.order(employee.id(), id).orElseThrow());
        };
    }
}
