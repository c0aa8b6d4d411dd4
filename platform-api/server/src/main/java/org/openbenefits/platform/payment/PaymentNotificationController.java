package org.openbenefits.platform.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.payment.GatewayNotificationRequest;
import org.openbenefits.contract.api.payment.NotificationReceipt;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.PublicOperations;

/**
 * The card gateway's server-to-server notifications (ADR 0012). No access token: the gateway signs each notification
 * with the secret the platform shares with it, and only a notification whose signature holds and whose timestamp is
 * recent is applied.
 */
@Controller("/api/v1/payments/notifications")
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Payments")
class PaymentNotificationController {

    static final String SIGNATURE = "Gateway-Signature";

    private final ReceiveNotification receive;

    PaymentNotificationController(ReceiveNotification receive) {
        this.receive = receive;
    }

    @Post
    @JsonBodyProblems
    @Operation(operationId = "receivePaymentNotification", summary = "Receives a signed notification of the card gateway",
            description = "Called by the card gateway, never by a browser or a portal. Verified (well-formed, signed "
                    + "with the shared secret, timestamp within the tolerance of now), then applied to the payment "
                    + "intent once: the same notification again, or one about a payment already over or further on, "
                    + "changes nothing and is acknowledged with 200 so that the gateway stops sending it.")
    @ApiResponse(responseCode = "200", description = "Received: applied, or acknowledged without change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationReceipt.class)))
    @ApiResponse(responseCode = "400", description = "payment.notification-malformed (parameter field: intent, state, "
            + "reason, timestamp or signature), or a body that is not one JSON object of the expected shape "
            + "(request.invalid, request.malformed-json...)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "payment.notification-signature-invalid: not signed with the "
            + "shared secret; payment.notification-stale: signed further from now than the tolerance (a replay)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "resource.not-found: no payment intent of that id; nothing changed",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "payment.notification-not-applicable: a state the intent cannot "
            + "reach by a notification from where it is; nothing changed, an operator must look (docs/runbook.md)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    NotificationReceipt receive(
            @Parameter(description = "HMAC-SHA256 of the notification, 64 hex digits",
                    schema = @Schema(maxLength = 64)) @Nullable @Header(SIGNATURE) String signature,
            @Body GatewayNotificationRequest notification) {
        ReceiveNotification.Outcome outcome = receive.receive(new ReceiveNotification.Received(notification.intent(),
                notification.state(), notification.reason(), notification.timestamp(), signature));
        return switch (outcome) {
            case ReceiveNotification.Applied applied -> new NotificationReceipt("APPLIED", applied.state().name());
            case ReceiveNotification.Acknowledged acknowledged ->
                    new NotificationReceipt("ACKNOWLEDGED", acknowledged.state().name());
            case ReceiveNotification.Rejected rejected -> throw rejected.refusal().toException();
        };
    }
}
