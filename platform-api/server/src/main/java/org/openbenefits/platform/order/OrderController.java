package org.openbenefits.platform.order;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.order.OrderDetail;
import org.openbenefits.contract.api.order.OrderPage;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.PageNumber;
import org.openbenefits.platform.web.openapi.PageSize;
import org.openbenefits.platform.web.openapi.RoleOperations;

/** The employee's own orders ("Mes commandes"). Another employee's order is not found, never shown. */
@Controller("/api/v1/me/orders")
@Secured("EMPLOYEE")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Orders", description = "The employee's orders and what paid them")
class OrderController {

    private static final int MAX_PAGE_SIZE = 200;

    private final OrderReader reader;

    OrderController(OrderReader reader) {
        this.reader = reader;
    }

    @Get
    @InvalidParameterProblem
    @Operation(operationId = "listMyOrders", summary = "Lists the employee's orders, newest first",
            description = "Number, date, status and total of each; page counts from 0, size 1 to 200.")
    @ApiResponse(responseCode = "200", description = "A page of orders")
    OrderPage orders(@Parameter(hidden = true) CurrentUser employee,
                     @QueryValue(defaultValue = "0") @PageNumber int page,
                     @QueryValue(defaultValue = "50") @PageSize int size) {
        return reader.page(employee.id(), Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE));
    }

    @Get("/{id}")
    @InvalidParameterProblem
    @Operation(operationId = "getMyOrder", summary = "Shows one of the employee's orders",
            description = "Its lines with their fulfilment states and what each allowance and the card paid of "
                    + "each, the shipping fee and what paid it, the discount, where it goes, and its payment: "
                    + "paymentUrl while a card payment is awaited, attemptsLeft.")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such order of the employee's",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    OrderDetail order(@Parameter(hidden = true) CurrentUser employee, @PathVariable long id) {
        return reader.order(employee.id(), id).orElseThrow(() -> Refusal.of(GeneralRefusal.NOT_FOUND).toException());
    }
}
