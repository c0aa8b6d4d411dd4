package org.openbenefits.platform.checkout;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.checkout.CheckoutAnswer;
import org.openbenefits.contract.api.checkout.CheckoutApiClient;
import org.openbenefits.contract.api.checkout.CheckoutItem;
import org.openbenefits.contract.api.checkout.CheckoutRequest;
import org.openbenefits.contract.api.checkout.PaymentRestart;
import org.openbenefits.contract.api.checkout.PaymentRestartRequest;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.payment.CheckoutRefusal;
import org.openbenefits.domain.payment.IdempotencyKey;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.TextParameters;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.RoleOperations;

/**
 * The employee's checkout (DESIGN 3.5; ADR 0012 and 0013) and the new card payment of a pending order. Input is
 * checked here, the rules run in {@link PlaceCheckout} and {@link RestartPayment}, and their outcomes become HTTP here.
 */
@Controller("/api/v1/me")
@Secured("EMPLOYEE")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Checkout", description = "The employee pays their cart with their allowances and, for the rest, a card")
class CheckoutController {

    private static final String PROBLEM = ProblemDetail.MEDIA_TYPE;

    private final PlaceCheckout placeCheckout;
    private final RestartPayment restartPayment;
    private final CheckoutSettings settings;

    CheckoutController(PlaceCheckout placeCheckout, RestartPayment restartPayment, CheckoutSettings settings) {
        this.placeCheckout = placeCheckout;
        this.restartPayment = restartPayment;
        this.settings = settings;
    }

    @Post("/checkout")
    @JsonBodyProblems
    @Operation(operationId = "checkout", summary = "Places the order of the employee's cart",
            description = "Quotes the cart again (prices, stock, allocation over the employee's grants), holds the "
                    + "grants' parts and the stock, then either pays the order at once when the allowances pay it "
                    + "all (201) or answers the payment page of the card part (202), where grants and stock stay "
                    + "held until holdExpiresAt (15 minutes by default). A unit price other than the one the "
                    + "employee saw is refused, never applied. The Idempotency-Key header (8 to 255 visible ASCII "
                    + "characters, e.g. a UUID) is the same on every retry of one checkout: the same key and content "
                    + "replay the first answer, a refusal included, for 24 hours.")
    @ApiResponse(responseCode = "201", description = "Paid at once by the allowances (status PAID)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckoutAnswer.class)))
    @ApiResponse(responseCode = "202", description = "Placed, the card part awaited at paymentUrl (status "
            + "PENDING_PAYMENT)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckoutAnswer.class)))
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors: the "
            + "Idempotency-Key header missing or malformed (field.required, field.invalid-value), items missing, empty "
            + "or above 20 (field.required, field.too-short, field.too-long), an offer twice (field.invalid-value on "
            + "items[i].offerId), a quantity outside 1 to 99, deliveryEmail not an address (field.invalid-email), "
            + "returnTo not a page of the employee portal (checkout.return-url-not-portal), postalAddress missing for "
            + "a postal line (field.required) or given without one (checkout.postal-address-not-needed); or a body "
            + "that is not one JSON object",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "cart.offer-unavailable: an offer unknown, unpublished or not "
            + "open to the employee's employer; advantage-code.unknown: the code typed does not exist",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The cart cannot be paid as it is, nothing held: "
            + "cart.price-changed {offer, title, before, now}, cart.sold-out {offer, title}, "
            + "cart.quantity-above-stock, cart.quantity-above-maximum, cart.empty, checkout.balance-changed (a "
            + "grant's balance changed meanwhile), advantage-code.* (the code typed no longer applies); or checkout.idempotency-key-reused (the key came with another "
            + "cart), checkout.in-progress (the first request with the key still runs; Retry-After)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "service.unavailable: the payment service could not be "
            + "reached; nothing is held, the same key may be sent again",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<CheckoutAnswer> checkout(@Parameter(hidden = true) CurrentUser employee,
                                          @Header(CheckoutApiClient.IDEMPOTENCY_KEY) @Nullable
                                          @Parameter(name = CheckoutApiClient.IDEMPOTENCY_KEY,
                                                  in = ParameterIn.HEADER, required = true,
                                                  description = "The checkout's key, the same on every retry of it: "
                                                          + "8 to 255 visible ASCII characters",
                                                  schema = @Schema(type = "string", minLength = 8, maxLength = 255,
                                                          pattern = "^[!-~]+$")) String idempotencyKey,
                                          @Valid @Body CheckoutRequest request) {
        List<FieldRefusal> faults = new ArrayList<>();
        Optional<IdempotencyKey> key = IdempotencyKey.parse(idempotencyKey);
        if (key.isEmpty()) {
            faults.add(FieldRefusal.of(CheckoutApiClient.IDEMPOTENCY_KEY,
                    idempotencyKey == null ? FieldCode.REQUIRED : FieldCode.INVALID_VALUE));
        }
        Optional<URI> returnTo = settings.portalPage(request.returnTo());
        if (returnTo.isEmpty()) {
            faults.add(FieldRefusal.of("returnTo", CheckoutRefusal.RETURN_URL_NOT_PORTAL));
        }
        List<PlaceCheckout.Item> items = request.items().stream()
                .map(item -> new PlaceCheckout.Item(item.offerId(), item.quantity(),
                        Money.ofCents(item.unitPriceCents())))
                .toList();
        Integer repeated = PlaceCheckout.firstRepeatedOffer(items);
        if (repeated != null) {
            faults.add(FieldRefusal.of("items[" + repeated + "].offerId", FieldCode.INVALID_VALUE));
        }
        if (!faults.isEmpty()) {
            throw Refusal.invalid(faults).toException();
        }
        String code = TextParameters.oneLine("advantageCode", request.advantageCode());
        Optional<String> advantageCode = code == null || code.isBlank() ? Optional.empty() : Optional.of(code.strip());
        PlaceCheckout.Outcome outcome = placeCheckout.checkout(new PlaceCheckout.Command(employee.requireEmployerId(),
                employee.id(), key.get(), items, advantageCode, request.deliveryEmail().strip(),
                address(request.postalAddress()), returnTo.get()));
        return switch (outcome) {
            case PlaceCheckout.Placed placed -> HttpResponse.<CheckoutAnswer>status(placed.paid() ? HttpStatus.CREATED
                    : HttpStatus.ACCEPTED).body(new CheckoutAnswer(placed.orderId(), placed.number().value(),
                    placed.paid() ? "PAID" : "PENDING_PAYMENT", placed.total().cents(), placed.allowances().cents(),
                    placed.card().cents(), placed.paymentUrl().map(URI::toString).orElse(null),
                    placed.holdExpiresAt().map(Object::toString).orElse(null)));
            case PlaceCheckout.Refused refused -> throw refused.refusal().toException();
        };
    }

    @Post("/orders/{id}/payment")
    @JsonBodyProblems
    @Operation(operationId = "restartOrderPayment", summary = "Starts a new card payment of a pending order",
            description = "After a declined card, while the order is pending and holds its grants and stock: a new "
                    + "payment page for the card part. Three card payments per order; the third failure refuses "
                    + "the order and releases everything.")
    @ApiResponse(responseCode = "200", description = "The new payment page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentRestart.class)))
    @ApiResponse(responseCode = "400", description = "request.invalid: returnTo not a page of the employee portal "
            + "(checkout.return-url-not-portal) or missing, an id that is not a number, or a body that is not one "
            + "JSON object",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such order of the employee's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "payment.attempt-in-progress (a payment page is open or a "
            + "payment authorised), payment.order-already-paid, payment.attempts-exhausted, checkout.order-expired",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "service.unavailable: the payment service could not be reached",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    PaymentRestart restartPayment(@Parameter(hidden = true) CurrentUser employee, @PathVariable long id,
                                  @Valid @Body PaymentRestartRequest request) {
        URI returnTo = settings.portalPage(request.returnTo()).orElseThrow(() ->
                Refusal.onField("returnTo", CheckoutRefusal.RETURN_URL_NOT_PORTAL).toException());
        return switch (restartPayment.restart(employee.id(), id, returnTo)) {
            case RestartPayment.Started started -> new PaymentRestart(started.orderId(), started.number().value(),
                    started.paymentUrl().toString(), started.attemptsLeft());
            case RestartPayment.NotStarted notStarted -> throw notStarted.refusal().toException();
        };
    }

    private static Optional<Orders.PostalAddress> address(@Nullable ProfileAddress address) {
        if (address == null) {
            return Optional.empty();
        }
        return Optional.of(new Orders.PostalAddress(
                TextParameters.oneLine("postalAddress.line1", address.line1()).strip(),
                blankToNull(TextParameters.oneLine("postalAddress.line2", address.line2())),
                address.postalCode(),
                TextParameters.oneLine("postalAddress.city", address.city()).strip(),
                address.country() == null ? ProfileAddress.DEFAULT_COUNTRY : address.country()));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
