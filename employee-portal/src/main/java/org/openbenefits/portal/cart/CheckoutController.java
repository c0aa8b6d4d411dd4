package org.openbenefits.portal.cart;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.context.MessageSource;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.cart.CartApiClient;
import org.openbenefits.contract.api.cart.CartView;
import org.openbenefits.contract.api.checkout.CheckoutAnswer;
import org.openbenefits.contract.api.checkout.CheckoutApiClient;
import org.openbenefits.contract.api.checkout.CheckoutItem;
import org.openbenefits.contract.api.checkout.CheckoutRequest;
import org.openbenefits.domain.payment.PaymentRefusal;
import org.openbenefits.portal.PortalPaths;
import org.openbenefits.portal.web.ApiRefusals;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;

/**
 * "Valider et payer" ({@value CheckoutForm#ACTION}): places the order of the cart as the employee saw it (its lines,
 * quantities and unit prices from the form, sent with the form's idempotency key) with the cart's delivery e-mail,
 * postal address and applied advantage code. Paid at once by the allowances (201), the browser goes to the order's
 * page with a confirmation; awaiting the card (202), to the gateway's payment page, which sends it back to
 * {@value #RETURN_PATH}. A refusal (the cart changed: price, stock, a grant's balance; a checkout still running; the
 * key used for another cart) comes back on the cart, worded, and nothing else changes.
 */
@Controller(PortalPaths.CART)
@ExecuteOn(TaskExecutors.BLOCKING)
class CheckoutController {

    /** The portal's page the payment page sends the browser back to: it shows the employee's latest order. */
    static final String RETURN_PATH = PortalPaths.ORDERS + "/retour";
    /** How long the portal waits, at most, for a checkout still running with the same key before saying so. */
    private static final long MAX_WAIT_SECONDS = 2;

    private final CheckoutApiClient checkout;
    private final CartApiClient carts;
    private final CartController cartPage;
    private final ApiProblems problems;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;
    private final String publicUrl;

    CheckoutController(CheckoutApiClient checkout, CartApiClient carts, CartController cartPage, ApiProblems problems,
                       MessageSource messages, HttpLocaleResolver locales,
                       @Value("${portal.public-url}") String publicUrl) {
        this.checkout = checkout;
        this.carts = carts;
        this.cartPage = cartPage;
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Post(uri = "/valider", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> checkout(HttpRequest<?> request, @Body Map<String, String> fields) {
        CartView cart = ApiRefusals.found(carts.cart());
        Optional<String> key = CheckoutForm.key(fields);
        Optional<List<CheckoutItem>> items = CheckoutForm.items(fields);
        if (key.isEmpty() || items.isEmpty()) {
            return refused(request, cart, text(request, "checkout.form.invalid"), null);
        }
        CartView.CartDelivery delivery = cart.delivery();
        if (delivery.email() == null || delivery.email().isBlank()) {
            return refused(request, cart, text(request, "checkout.email.missing"), null);
        }
        CartView.CartAdvantageCode code = cart.advantageCode();
        CheckoutRequest order = new CheckoutRequest(items.get(), code != null && code.applied() ? code.code() : null,
                delivery.email(), delivery.postalAddress(), publicUrl + RETURN_PATH);
        HttpResponse<CheckoutAnswer> answer;
        try {
            answer = place(key.get(), order);
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (ApiRefusals.refusesTheSession(refusal, problem)) {
                throw refusal;
            }
            String why = ApiRefusals.show(Form.empty(), problem, Map.of()).getGlobalError();
            // the same key while its checkout still runs; a new one for whatever the employee does next
            String nextKey = ApiProblems.is(problem, PaymentRefusal.CHECKOUT_IN_PROGRESS) ? key.get() : null;
            return refused(request, ApiRefusals.found(carts.cart()), why, nextKey);
        }
        CheckoutAnswer placed = answer.body();
        if (placed == null) {
            throw new IllegalStateException("platform-api placed a checkout without answering it");
        }
        if (placed.paymentUrl() != null && !"PAID".equals(placed.status())) {
            return HttpResponse.seeOther(URI.create(placed.paymentUrl()));
        }
        MutableHttpResponse<?> paid = HttpResponse.seeOther(URI.create(PortalPaths.ORDERS + "/" + placed.orderId()));
        Flash.next(request, paid, "checkout.paid", placed.number());
        return paid;
    }

    /** The checkout, asked once more with the same key if its first request is still running. */
    private HttpResponse<CheckoutAnswer> place(String key, CheckoutRequest order) {
        try {
            return checkout.checkout(key, order);
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (!ApiProblems.is(problem, PaymentRefusal.CHECKOUT_IN_PROGRESS)) {
                throw refusal;
            }
            long wait = problem.retryAfter() == null ? 1 : Math.clamp(problem.retryAfter(), 0, MAX_WAIT_SECONDS);
            try {
                Thread.sleep(wait * 1000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw refusal;
            }
            return checkout.checkout(key, order);
        }
    }

    private HttpResponse<?> refused(HttpRequest<?> request, CartView cart, String why, @Nullable String key) {
        Form form = Form.empty();
        form.fail(why);
        return HttpResponse.status(HttpStatus.CONFLICT).body(cartPage.page(request, cart, form, key));
    }

    private String text(HttpRequest<?> request, String key) {
        return messages.getMessage(key, locales.resolveOrDefault(request)).orElse(key);
    }
}
