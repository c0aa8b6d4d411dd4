package org.openbenefits.portal.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.cart.CartRefusal;
import org.openbenefits.domain.payment.CheckoutRefusal;
import org.openbenefits.domain.payment.PaymentRefusal;
import org.openbenefits.portal.testing.FakeOrders;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.FakeProblems;

/**
 * "Valider et payer" on the cart, against the fake platform-api: the form carries the lines as shown and a key drawn
 * when the page was rendered; paid at once the browser goes to the order, awaiting the card to the gateway's page;
 * refusals come back on the cart in the employee's language and change nothing.
 */
@MicronautTest
class CheckoutFromCartTest extends PortalWithFakeApi {

    private static final long CINEMA = 1;
    private static final long THEATRE = 3;
    private static final long PARC = 5;
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void the_cart_offers_to_confirm_and_pay_with_the_lines_as_shown_and_a_key_drawn_for_this_page() {
        cart.holds(CINEMA, 2);
        cart.holds(THEATRE, 1);

        String page = cartPage();
        Map<String, String> form = checkoutFields(page);

        assertThat(page).contains("action=\"/panier/valider\"",
                "<button type=\"submit\" class=\"btn btn-primary w-100\">Valider et payer</button>");
        assertThat(form).containsEntry("offre-0", "1").containsEntry("quantite-0", "2").containsEntry("prix-0", "850")
                .containsEntry("offre-1", "3").containsEntry("quantite-1", "1").containsEntry("prix-1", "1500")
                .containsKey("csrfToken");
        assertThat(form.get("cle")).matches(UUID);
        assertThat(checkoutFields(cartPage()).get("cle")).as("a new page, a new key").isNotEqualTo(form.get("cle"));
    }

    @Test
    void an_empty_cart_has_nothing_to_pay() {
        assertThat(cartPage()).doesNotContain("Valider et payer", "/panier/valider");
    }

    @Test
    void a_cart_awaiting_the_card_sends_the_browser_to_the_gateways_page_returning_to_the_portal() {
        cart.holds(CINEMA, 2);
        Map<String, String> form = checkoutFields(cartPage());

        HttpResponse<String> placed = checkout(form);

        assertThat(placed.statusCode()).isEqualTo(303);
        assertThat(placed.headers().firstValue("Location")).hasValue(FakeOrders.GATEWAY + "page-108");
        FakeOrders.Sent sent = orders.checkouts().getFirst();
        assertThat(sent.idempotencyKey()).isEqualTo(form.get("cle"));
        assertThat(sent.request().items()).singleElement().satisfies(item -> {
            assertThat(item.offerId()).isEqualTo(CINEMA);
            assertThat(item.quantity()).isEqualTo(2);
            assertThat(item.unitPriceCents()).isEqualTo(850);
        });
        assertThat(sent.request().deliveryEmail()).isEqualTo("camille.martin@acme.example");
        assertThat(sent.request().postalAddress()).isNull();
        assertThat(sent.request().advantageCode()).isNull();
        assertThat(sent.request().returnTo()).matches("https?://[^/]+/commandes/retour");
    }

    @Test
    void a_postal_line_sends_the_carts_postal_address() {
        cart.holds(PARC, 1);

        checkout(checkoutFields(cartPage()));

        assertThat(orders.checkouts().getFirst().request().postalAddress()).isNotNull()
                .satisfies(address -> assertThat(address.city()).isEqualTo("Lyon"));
    }

    @Test
    void a_cart_paid_at_once_goes_to_its_order_with_a_confirmation() {
        cart.holds(CINEMA, 1);
        orders.payAtOnce();

        HttpResponse<String> placed = checkout(checkoutFields(cartPage()));

        assertThat(placed.statusCode()).isEqualTo(303);
        assertThat(placed.headers().firstValue("Location")).hasValue("/commandes/" + FakeOrders.PAID.id());
        assertThat(text(follow(placed, signedIn()).body()))
                .contains("Commande C-2026-000101 payée par vos dotations : merci !");
    }

    @Test
    void a_double_click_sends_the_same_key_twice_and_gets_the_same_order() {
        cart.holds(CINEMA, 1);
        Map<String, String> form = checkoutFields(cartPage());

        HttpResponse<String> first = checkout(form);
        HttpResponse<String> second = checkout(form);

        assertThat(orders.checkouts()).extracting(FakeOrders.Sent::idempotencyKey)
                .containsExactly(form.get("cle"), form.get("cle"));
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    }

    @Test
    void a_price_changed_since_comes_back_on_the_cart_in_the_pages_language_and_changes_nothing() {
        cart.holds(CINEMA, 1);
        orders.refuseTheCheckout(FakeProblems.refusal(CartRefusal.PRICE_CHANGED, "offer", CINEMA,
                "title", "Cinéma Pathé : e-billet 2D", "before", FakeProblems.amount(850), "now", FakeProblems.amount(900)));
        Map<String, String> form = checkoutFields(cartPage());
        int cartCalls = cart.calls().size();

        HttpResponse<String> refused = checkout(form);
        Map<String, String> again = new LinkedHashMap<>(form);
        again.put("cle", "5d1c9a7e-2b44-4c1f-9e0a-7f3b6c2d8e19"); // the same key would replay the first answer
        HttpResponse<String> english = checkout(again, "; " + COOKIES.language() + "=en");

        assertThat(refused.statusCode()).isEqualTo(409);
        // the cart's refusals are shown in platform-api's words (they name the offer), asked in the page's language
        assertThat(text(refused.body())).contains("[API fr] " + CartRefusal.PRICE_CHANGED.code());
        assertThat(refused.body()).contains("alert alert-danger", "Valider et payer");
        assertThat(text(english.body())).contains("[API en] " + CartRefusal.PRICE_CHANGED.code());
        assertThat(cart.calls()).hasSize(cartCalls);
        assertThat(checkoutFields(refused.body()).get("cle")).as("a new key for the cart checked again")
                .isNotEqualTo(form.get("cle"));
    }

    @Test
    void each_refusal_of_checkout_is_worded_by_the_portal() {
        cart.holds(CINEMA, 1);
        Map<Object, String> refusals = new LinkedHashMap<>();
        refusals.put(FakeProblems.refusal(CartRefusal.SOLD_OUT, "offer", CINEMA, "title", "Cinéma Pathé : e-billet 2D"),
                "[API fr] " + CartRefusal.SOLD_OUT.code());
        refusals.put(FakeProblems.refusal(CheckoutRefusal.BALANCE_CHANGED), "Le solde de vos dotations a changé entre-temps");
        refusals.put(FakeProblems.refusal(PaymentRefusal.IDEMPOTENCY_KEY_REUSED), "Votre panier a changé depuis la première validation");
        for (Map.Entry<Object, String> refusal : refusals.entrySet()) {
            orders.reset();
            orders.refuseTheCheckout((org.openbenefits.contract.api.ProblemDetail) refusal.getKey());

            HttpResponse<String> refused = checkout(checkoutFields(cartPage()));

            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(text(refused.body())).contains(refusal.getValue());
        }
    }

    @Test
    void a_checkout_still_running_is_asked_again_then_said_with_the_same_key_kept() {
        cart.holds(CINEMA, 1);
        orders.refuseTheCheckout(FakeProblems.refusal(PaymentRefusal.CHECKOUT_IN_PROGRESS, List.of(), 1L));
        Map<String, String> form = checkoutFields(cartPage());

        HttpResponse<String> refused = checkout(form);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body())).contains("Votre commande est déjà en cours de validation");
        assertThat(orders.checkouts()).hasSize(2);
        assertThat(checkoutFields(refused.body()).get("cle")).isEqualTo(form.get("cle"));
    }

    @Test
    void a_tampered_form_is_refused_before_platform_api_is_asked() {
        cart.holds(CINEMA, 1);
        Map<String, String> form = checkoutFields(cartPage());
        form.put("prix-0", "huit euros");

        HttpResponse<String> refused = checkout(form);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body())).contains("Votre panier a changé depuis l’affichage de la page");
        assertThat(orders.checkouts()).isEmpty();
    }

    @Test
    void without_the_anti_forgery_token_nothing_is_ordered() {
        cart.holds(CINEMA, 1);
        Map<String, String> form = checkoutFields(cartPage());
        form.remove("csrfToken");

        HttpResponse<String> forged = pages().post("/panier/valider", form, "Cookie", signedIn());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(orders.checkouts()).isEmpty();
    }

    @Test
    void the_payment_page_returns_to_the_latest_order_or_to_the_list() {
        HttpResponse<String> back = pages().get("/commandes/retour", "Cookie", signedIn());
        orders.give(List.of());
        HttpResponse<String> none = pages().get("/commandes/retour", "Cookie", signedIn());

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).hasValue("/commandes/" + FakeOrders.FAILED.id());
        assertThat(none.headers().firstValue("Location")).hasValue("/commandes");
    }

    private String cartPage() {
        HttpResponse<String> page = pages().get("/panier", "Cookie", signedIn());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    /** The fields of the "Valider et payer" form, the anti-forgery token included. */
    private static Map<String, String> checkoutFields(String page) {
        int start = page.indexOf("action=\"/panier/valider\"");
        assertThat(start).as("the checkout form").isPositive();
        String form = page.substring(start, page.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        return fields;
    }

    private HttpResponse<String> checkout(Map<String, String> form) {
        return checkout(form, "");
    }

    /** Posts the form as the browser does, with the page's anti-forgery cookie. */
    private HttpResponse<String> checkout(Map<String, String> form, String cookies) {
        HttpResponse<String> page = pages().get("/panier", "Cookie", signedIn());
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("csrfToken", org.openbenefits.portalcommon.testing.Pages.csrfField(page.body()));
        String csrf = COOKIES.csrf() + "="
                + org.openbenefits.portalcommon.testing.Pages.cookie(page, COOKIES.csrf()).orElseThrow();
        return pages().post("/panier/valider", fields, "Cookie", signedIn() + cookies + "; " + csrf);
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replace('\u202f', ' ')
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
