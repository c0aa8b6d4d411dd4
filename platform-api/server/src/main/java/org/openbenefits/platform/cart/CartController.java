package org.openbenefits.platform.cart;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
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
import org.openbenefits.contract.api.cart.AdvantageCodeEntry;
import org.openbenefits.contract.api.cart.CartDeliveryRequest;
import org.openbenefits.contract.api.cart.CartLineRequest;
import org.openbenefits.contract.api.cart.CartView;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.me.PostalAddress;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.RefusalWording;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.RoleOperations;

/**
 * The signed-in employee's cart, kept server-side: every call answers the cart as checkout would now price and pay
 * it ({@link CartReader}). HR managers and platform staff have none (403).
 */
@Controller("/api/v1/me/cart")
@Secured("EMPLOYEE")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Cart", description = "The employee's cart, before checkout")
class CartController {

    private final CartReader reader;
    private final SetCartLine setLine;
    private final RemoveCartLine removeLine;
    private final EnterAdvantageCode enterCode;
    private final ChooseCartDelivery chooseDelivery;

    CartController(CartReader reader, SetCartLine setLine, RemoveCartLine removeLine, EnterAdvantageCode enterCode,
                   ChooseCartDelivery chooseDelivery) {
        this.reader = reader;
        this.setLine = setLine;
        this.removeLine = removeLine;
        this.enterCode = enterCode;
        this.chooseDelivery = chooseDelivery;
    }

    @Get
    @Operation(operationId = "getCart", summary = "Reads the employee's cart, priced and allocated as checkout would",
            description = "Lines in the order they were added, each with its price now and when added, stock, "
                    + "discount and what each grant and the card pay of it (allocation of DESIGN 3.4); the shipping "
                    + "fee and what pays it; the advantage code and why it does not apply; totals; the delivery "
                    + "e-mail and postal address in effect; the ship date of postal lines; payable. An empty cart "
                    + "has no line. Problems are worded in the request's language (Accept-Language).")
    @ApiResponse(responseCode = "200", description = "The cart")
    CartView cart(HttpRequest<?> request, @Parameter(hidden = true) CurrentUser employee) {
        return view(request, employee);
    }

    @Put("/lines/{offerId}")
    @JsonBodyProblems
    @Operation(operationId = "setCartLine", summary = "Puts an offer in the cart, or sets its quantity",
            description = "quantity 1 to the offer's maximum per order, within its stock; the line's price when "
                    + "added is taken anew. At most 20 lines.")
    @ApiResponse(responseCode = "200", description = "The cart with the line")
    @ApiResponse(responseCode = "400", description = "request.invalid: quantity missing (field.required) or below 1 "
            + "(field.too-small), a 21st line (cart.too-many-lines on offerId), an offerId that is no number, or a "
            + "body that is not the expected JSON object",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such offer, not published, or not open "
            + "to the employee's employer",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "cart.sold-out, cart.quantity-above-stock (available), "
            + "cart.quantity-above-maximum (maximum): nothing changed",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    CartView setLine(HttpRequest<?> request, @Parameter(hidden = true) CurrentUser employee,
                     @PathVariable long offerId, @Body CartLineRequest line) {
        return switch (setLine.set(employee.requireEmployerId(), employee.id(), offerId, line.quantity())) {
            case SetCartLine.Saved _ -> view(request, employee);
            case SetCartLine.OfferNotFound _ -> throw Refusal.of(GeneralRefusal.NOT_FOUND).toException();
            case SetCartLine.Refused refused -> throw refused.refusal().toException();
        };
    }

    @Delete("/lines/{offerId}")
    @InvalidParameterProblem
    @Operation(operationId = "removeCartLine", summary = "Takes an offer out of the cart",
            description = "An offer that is not in the cart is resource.not-found.")
    @ApiResponse(responseCode = "200", description = "The cart without the line")
    @ApiResponse(responseCode = "404", description = "resource.not-found: the cart holds no such offer",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    CartView removeLine(HttpRequest<?> request, @Parameter(hidden = true) CurrentUser employee,
                        @PathVariable long offerId) {
        if (!removeLine.remove(employee.id(), offerId)) {
            throw Refusal.of(GeneralRefusal.NOT_FOUND).toException();
        }
        return view(request, employee);
    }

    @Put("/advantage-code")
    @JsonBodyProblems
    @Operation(operationId = "enterCartAdvantageCode", summary = "Types an advantage code in the cart",
            description = "Kept even when it does not apply: the cart's advantageCode says why (advantage-code.*). "
                    + "Spaces around it and lower case are accepted; it replaces the code typed before.")
    @ApiResponse(responseCode = "200", description = "The cart with the code")
    @ApiResponse(responseCode = "400", description = "request.invalid: code missing (field.required) or not 3 to 20 "
            + "letters and digits (advantage-code.invalid-format), or a body that is not the expected JSON object",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    CartView enterCode(HttpRequest<?> request, @Parameter(hidden = true) CurrentUser employee,
                       @Body AdvantageCodeEntry entry) {
        Optional<FieldRefusal> refused = enterCode.enter(employee.id(), entry.code() == null ? "" : entry.code());
        if (refused.isPresent()) {
            throw Refusal.invalid(java.util.List.of(refused.get())).toException();
        }
        return view(request, employee);
    }

    @Delete("/advantage-code")
    @Operation(operationId = "removeCartAdvantageCode", summary = "Takes the advantage code out of the cart")
    @ApiResponse(responseCode = "200", description = "The cart without code")
    CartView removeCode(HttpRequest<?> request, @Parameter(hidden = true) CurrentUser employee) {
        enterCode.enter(employee.id(), null);
        return view(request, employee);
    }

    @Put("/delivery")
    @JsonBodyProblems
    @Operation(operationId = "setCartDelivery", summary = "Chooses where this order goes",
            description = "A delivery e-mail and a postal address for this order only; the profile keeps its own. "
                    + "Both are sent each time: an absent or blank email goes back to the profile's delivery e-mail, "
                    + "an absent postalAddress to the profile's address (send {} to use the profile's for both).")
    @ApiResponse(responseCode = "200", description = "The cart with its delivery")
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors with its code "
            + "(email: field.invalid-email, field.too-long; postalAddress.line1, postalAddress.postalCode, "
            + "postalAddress.city, postalAddress.country as the profile's address)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    CartView setDelivery(HttpRequest<?> request, @Parameter(hidden = true) CurrentUser employee,
                         @Valid @Body CartDeliveryRequest delivery) {
        ProfileAddress address = delivery.postalAddress();
        chooseDelivery.choose(employee.id(), delivery.email(), address == null ? null
                : PostalAddress.typed(address.line1(), address.line2(), address.postalCode(), address.city(),
                address.country()));
        return view(request, employee);
    }

    private CartView view(HttpRequest<?> request, CurrentUser employee) {
        return reader.read(employee.requireEmployerId(), employee.id(), RefusalWording.languageOf(request));
    }
}
