package org.openbenefits.portal.cart;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.cart.AdvantageCodeEntry;
import org.openbenefits.contract.api.cart.CartApiClient;
import org.openbenefits.contract.api.cart.CartDeliveryRequest;
import org.openbenefits.contract.api.cart.CartLineRequest;
import org.openbenefits.contract.api.cart.CartView;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.portal.PortalPaths;
import org.openbenefits.portal.web.ApiRefusals;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.api.RefusalWording;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;

/**
 * "Panier" ({@value PortalPaths#CART}), signed-in employees only: the cart platform-api keeps for them, priced and
 * paid as checkout would (each line's allocation between their allowances and the card), with a form per line for
 * its quantity, the advantage code, and where this order goes. Each form posts, then comes back to the cart with a
 * confirmation; a refusal comes back beside its field. There is no payment here yet.
 */
@Controller(PortalPaths.CART)
@ExecuteOn(TaskExecutors.BLOCKING)
class CartController {

    static final String VIEW = "cart/cart";
    /** The cart's form fields, by the name platform-api gives them; "" names the field of a refusal without one. */
    private static final Map<String, String> DELIVERY_FIELDS = Map.of("email", "email", "line1", "line1",
            "line2", "line2", "postalCode", "postalCode", "city", "city", "country", "country");

    private final CartApiClient api;
    private final ApiProblems problems;
    private final RefusalWording refusals;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    CartController(CartApiClient api, ApiProblems problems, RefusalWording refusals, MessageSource messages,
                   HttpLocaleResolver locales) {
        this.api = api;
        this.problems = problems;
        this.refusals = refusals;
        this.messages = messages;
        this.locales = locales;
    }

    @Serdeable
    record QuantityFields(@Nullable String quantity) {
    }

    @Serdeable
    record CodeFields(@Nullable String code) {
    }

    @Serdeable
    record DeliveryFields(@Nullable String email, @Nullable String line1, @Nullable String line2,
                          @Nullable String postalCode, @Nullable String city, @Nullable String country) {

        @Override
        public String toString() {
            return "DeliveryFields[***]";
        }
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        CartView cart = ApiRefusals.found(api.cart());
        return page(request, cart, Form.empty());
    }

    /** Adds the offer or sets its line's quantity; from the offer's page as from the cart's. */
    @Post(uri = "/lignes/{offerId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> setLine(HttpRequest<?> request, @PathVariable long offerId, @Body QuantityFields input) {
        String field = quantityField(offerId);
        String typed = input.quantity() == null ? "" : input.quantity().strip();
        Form form = Form.empty().with(field, typed);
        Integer quantity = quantity(typed);
        if (quantity == null) {
            form.reject(field, words(request).text("cart.quantity.invalid"));
            return refused(request, form);
        }
        return change(request, form, Map.of("quantity", field, "offerId", field, "", field),
                () -> api.setLine(offerId, new CartLineRequest(quantity)), cart -> cart.lines().stream()
                        .filter(line -> line.offerId() == offerId).findFirst()
                        .map(line -> new Confirmation("cart.line.saved", line.title())).orElse(null));
    }

    @Post(uri = "/lignes/{offerId}/retrait", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> removeLine(HttpRequest<?> request, @PathVariable long offerId) {
        return change(request, Form.empty(), Map.of(), () -> api.removeLine(offerId),
                cart -> new Confirmation("cart.line.removed", null));
    }

    @Post(uri = "/code", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> enterCode(HttpRequest<?> request, @Body CodeFields input) {
        String typed = input.code() == null ? "" : input.code().strip();
        Form form = Form.empty().with("code", typed);
        if (typed.isEmpty()) {
            return change(request, form, Map.of("code", "code"), api::removeAdvantageCode,
                    cart -> new Confirmation("cart.code.removed", null));
        }
        return change(request, form, Map.of("code", "code"), () -> api.enterAdvantageCode(new AdvantageCodeEntry(typed)),
                cart -> new Confirmation("cart.code.saved", null));
    }

    @Post(uri = "/livraison", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> setDelivery(HttpRequest<?> request, @Body DeliveryFields input) {
        CartView before = ApiRefusals.found(api.cart());
        CartView.CartDelivery now = before.delivery();
        String email = strip(input.email());
        Form form = Form.empty().with("email", email).with("line1", strip(input.line1()))
                .with("line2", strip(input.line2())).with("postalCode", strip(input.postalCode()))
                .with("city", strip(input.city())).with("country", strip(input.country()));
        // What the form shows unchanged stays the profile's: only a change becomes this order's own. A part of the
        // form not shown (no e-mailed line, no postal line) keeps this order's choice; emptied, it is the profile's.
        String chosenEmail = input.email() == null ? (now.emailOverridden() ? now.email() : null)
                : email.isEmpty() || (!now.emailOverridden() && email.equals(now.email())) ? null : email;
        ProfileAddress chosenAddress;
        if (input.line1() == null && input.postalCode() == null && input.city() == null) {
            chosenAddress = now.addressOverridden() ? now.postalAddress() : null;
        } else if (Stream.of(input.line1(), input.line2(), input.postalCode(), input.city())
                .allMatch(part -> strip(part).isEmpty())) {
            chosenAddress = null;
        } else {
            ProfileAddress typed = new ProfileAddress(strip(input.line1()),
                    strip(input.line2()).isEmpty() ? null : strip(input.line2()), strip(input.postalCode()),
                    strip(input.city()), strip(input.country()).isEmpty() ? ProfileAddress.DEFAULT_COUNTRY
                    : strip(input.country()));
            chosenAddress = !now.addressOverridden() && sameAddress(typed, now.postalAddress()) ? null : typed;
        }
        return change(request, form, DELIVERY_FIELDS,
                () -> api.setDelivery(new CartDeliveryRequest(chosenEmail, chosenAddress)),
                cart -> new Confirmation("cart.delivery.saved", null));
    }

    @Post(uri = "/livraison/profil", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> profileDelivery(HttpRequest<?> request) {
        return change(request, Form.empty(), Map.of(), () -> api.setDelivery(new CartDeliveryRequest(null, null)),
                cart -> new Confirmation("cart.delivery.profile", null));
    }

    /** A confirmation's message key and its one argument, if any. */
    private record Confirmation(String key, @Nullable String argument) {
    }

    private HttpResponse<?> change(HttpRequest<?> request, Form form, Map<String, String> fields,
                                   Supplier<CartView> call,
                                   java.util.function.Function<CartView, Confirmation> confirmation) {
        CartView cart;
        try {
            cart = call.get();
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (ApiRefusals.refusesTheSession(refusal, problem)) {
                throw refusal;
            }
            if (problem.errors().isEmpty() && fields.containsKey("")) {
                // a refusal of the line itself (sold out, above stock...) goes beside its quantity
                form.reject(fields.get(""), problem.detail() != null ? problem.detail() : problem.title());
            } else {
                ApiRefusals.show(form, problem, fields);
            }
            return refused(request, form);
        }
        if (cart == null) {
            // platform-api says 404: an offer the employee may not see, or a line no longer in the cart
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such offer in this employee's reach");
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(PortalPaths.CART));
        Confirmation done = confirmation.apply(cart);
        if (done != null) {
            if (done.argument() == null) {
                Flash.next(request, response, done.key());
            } else {
                Flash.next(request, response, done.key(), done.argument());
            }
        }
        return response;
    }

    private HttpResponse<?> refused(HttpRequest<?> request, Form form) {
        CartView cart = ApiRefusals.found(api.cart());
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, cart, form));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, CartView cart, Form form) {
        return page(request, cart, form, null);
    }

    /**
     * The cart page; its "Valider et payer" form carries {@code checkoutKey} when a checkout with it is still
     * running, else a new key ({@link CheckoutForm}).
     */
    ModelAndView<Map<String, Object>> page(HttpRequest<?> request, CartView cart, Form form,
                                           @Nullable String checkoutKey) {
        CartPage page = CartPage.of(cart, words(request));
        // The forms show what was typed when they come back refused, else the cart's values.
        for (CartPage.Line line : page.lines()) {
            if (form.value(quantityField(line.offerId())).isEmpty()) {
                form.with(quantityField(line.offerId()), line.quantity());
            }
        }
        if (!form.hasError("code") && form.value("code").isEmpty() && page.code() != null) {
            form.with("code", page.code().code());
        }
        if (!hasDeliveryInput(form)) {
            form.with("email", page.email());
            ProfileAddress address = cart.delivery().postalAddress();
            if (address != null) {
                form.with("line1", address.line1()).with("line2", address.line2())
                        .with("postalCode", address.postalCode()).with("city", address.city())
                        .with("country", address.country());
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("cart", page);
        model.put("form", form);
        model.put("catalogue", PortalPaths.CATALOGUE);
        model.put("countries", countries(request, form.value("country")));
        model.put("checkout", checkoutKey == null ? CheckoutForm.of(cart) : CheckoutForm.of(cart, checkoutKey));
        return new ModelAndView<>(VIEW, model);
    }

    private static boolean hasDeliveryInput(Form form) {
        return List.of("email", "line1", "postalCode", "city").stream().anyMatch(name -> !form.value(name).isEmpty());
    }

    /** A country offered for the postal address, named in the page's language. */
    record Country(String code, String name) {
    }

    /** As "Mon profil" offers them (five-digit postal codes), plus the one shown if it is another. */
    private List<Country> countries(HttpRequest<?> request, String current) {
        java.util.Locale locale = locales.resolveOrDefault(request);
        List<String> codes = new java.util.ArrayList<>(List.of(ProfileAddress.DEFAULT_COUNTRY, "MC"));
        if (!current.isBlank() && !codes.contains(current)) {
            codes.add(current);
        }
        return codes.stream().map(code -> new Country(code, java.util.Locale.of("", code).getDisplayCountry(locale)))
                .toList();
    }

    /** The id and name of a line's quantity field: each line has its own form. */
    static String quantityField(long offerId) {
        return "quantity-" + offerId;
    }

    private static @Nullable Integer quantity(String typed) {
        if (!typed.matches("[0-9]{1,4}")) {
            return null;
        }
        int quantity = Integer.parseInt(typed);
        return quantity < 1 ? null : quantity;
    }

    private static boolean sameAddress(ProfileAddress typed, @Nullable ProfileAddress current) {
        return current != null && typed.line1().equals(current.line1())
                && Objects.equals(typed.line2(), current.line2()) && typed.postalCode().equals(current.postalCode())
                && typed.city().equals(current.city()) && typed.country().equals(current.country());
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private CartWording words(HttpRequest<?> request) {
        return new CartWording(messages, refusals, locales.resolveOrDefault(request));
    }
}
