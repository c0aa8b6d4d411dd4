package org.openbenefits.portal.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakeCart;
import org.openbenefits.portal.testing.FakeCatalogue;
import org.openbenefits.portal.testing.PortalWithFakeApi;

/**
 * "Panier" against the fake platform-api: the empty cart, lines with their allocation line by line, a price that
 * changed, stock problems, the advantage code and why it does not apply, this order's delivery, the header's count,
 * and the offer page's "Ajouter au panier".
 */
@MicronautTest
class CartPageTest extends PortalWithFakeApi {

    private static final String ENGLISH = "; " + COOKIES.language() + "=en";
    private static final long CINEMA = FakeCatalogue.CINEMA.detail().id();
    private static final long THEATRE = FakeCatalogue.THEATRE.detail().id();
    private static final long MUSEE = FakeCatalogue.MUSEE.detail().id();
    private static final long LIVRES = FakeCatalogue.LIVRES.detail().id();
    private static final long PARC = FakeCatalogue.PARC.detail().id();

    @Test
    void an_empty_cart_says_so_and_leads_to_the_catalogue() {
        String page = cartPage("");

        assertThat(page).contains("<title>Panier · Espace salarié · OpenBenefits</title>");
        assertThat(text(page)).contains("Votre panier est vide", "Voir le catalogue");
        assertThat(page).contains("href=\"/catalogue\"").doesNotContain("nav-count");
    }

    @Test
    void the_offer_page_adds_the_quantity_to_the_cart_and_the_cart_confirms_it() {
        String offer = page("/catalogue/" + CINEMA, "");
        assertThat(offer).contains("<label class=\"form-label\" for=\"quantity\">Quantité</label>",
                "action=\"/panier/lignes/" + CINEMA + "\"", "Ajouter au panier", "name=\"csrfToken\"");

        HttpResponse<String> added = submit("/catalogue/" + CINEMA, "/panier/lignes/" + CINEMA,
                Map.of("quantity", "2"), signedIn());

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).contains("/panier");
        assertThat(cart.calls()).containsExactly("PUT /lines/" + CINEMA + " 2");
        String page = follow(added, signedIn()).body();
        assertThat(text(page)).contains("« Cinéma Pathé : e-billet 2D » est dans votre panier.");
        assertThat(page).containsPattern("<a href=\"/panier\"[^>]*><span>Panier</span>\\s*<span class=\"nav-count\">2</span>");
    }

    @Test
    void a_sold_out_offer_has_no_add_to_cart_form() {
        assertThat(page("/catalogue/" + MUSEE, "")).doesNotContain("Ajouter au panier", "/panier/lignes/");
    }

    @Test
    void the_form_is_refused_without_its_anti_forgery_token() {
        HttpResponse<String> response = pages().post("/panier/lignes/" + CINEMA, Map.of("quantity", "1"),
                "Cookie", signedIn());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(cart.calls()).isEmpty();
    }

    @Test
    void each_line_shows_its_price_quantity_and_the_allocation_line_by_line() {
        cart.holds(CINEMA, 2);
        cart.holds(THEATRE, 1);

        String page = cartPage("");

        assertThat(text(page)).contains("Cinéma Pathé : e-billet 2D", "Prix unitaire : 8,50 €", "17,00 €",
                "Théâtre du Rond-Point : soirée spectacle", "Prix unitaire : 15,00 €");
        assertThat(items(page, "cart-allocation")).containsExactly(
                "Cinéma Pathé : e-billet 2D : subvention 5,00 €, chèque culture 12,00 €",
                "Théâtre du Rond-Point : soirée spectacle : chèque culture 8,00 €, chèque cadeau 7,00 €");
        assertThat(text(page)).contains("Total 32,00 €", "Payé par vos dotations 32,00 €",
                "Reste à payer par carte 0,00 €");
        assertThat(page).contains("<label class=\"form-label\" for=\"quantity-" + CINEMA + "\">Quantité</label>",
                "value=\"2\"", "action=\"/panier/lignes/" + CINEMA + "/retrait\"");
    }

    @Test
    void the_card_pays_what_the_allowances_do_not() {
        cart.holds(LIVRES, 1);
        cart.holds(PARC, 1);

        String page = cartPage("");

        assertThat(items(page, "cart-allocation")).containsExactly(
                "Carte cadeau Librairies indépendantes : chèque cadeau 30,00 €, carte 15,00 €",
                "Parc Astérix : billet journée : carte 49,00 €");
        assertThat(text(page)).contains("Livraison offerte", "Reste à payer par carte 64,00 €");
    }

    @Test
    void a_price_changed_since_it_was_added_is_told() {
        cart.holds(CINEMA, 1);
        cart.changePrice(CINEMA, 1_000);

        assertThat(text(cartPage(""))).contains("Le prix a changé depuis l’ajout : 8,50 € → 10,00 €");
    }

    @Test
    void a_quantity_above_the_stock_is_refused_beside_its_field_and_nothing_changes() {
        cart.holds(THEATRE, 1);

        HttpResponse<String> refused = submit("/panier", "/panier/lignes/" + THEATRE, Map.of("quantity", "4"),
                signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        // the page shows platform-api's sentence for cart.* codes (they name the offer by its id): the fake's stand-in
        assertThat(error(refused.body(), "quantity-" + THEATRE)).isEqualTo("[API fr] cart.quantity-above-stock");
        assertThat(refused.body()).contains("value=\"4\"", "aria-invalid=\"true\"");
        assertThat(text(cartPage(""))).contains("Théâtre du Rond-Point : soirée spectacle");
    }

    @Test
    void a_quantity_that_is_no_number_is_refused_without_asking_the_api() {
        cart.holds(CINEMA, 1);

        HttpResponse<String> refused = submit("/panier", "/panier/lignes/" + CINEMA, Map.of("quantity", "deux"),
                signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(error(refused.body(), "quantity-" + CINEMA)).isEqualTo("Indiquez une quantité d’au moins 1.");
        assertThat(cart.calls()).isEmpty();
    }

    @Test
    void a_line_is_removed() {
        cart.holds(CINEMA, 1);

        HttpResponse<String> removed = submit("/panier", "/panier/lignes/" + CINEMA + "/retrait", Map.of(), signedIn());

        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(cart.calls()).containsExactly("DELETE /lines/" + CINEMA);
        assertThat(text(follow(removed, signedIn()).body())).contains("L’offre est retirée de votre panier.",
                "Votre panier est vide");
    }

    @Test
    void an_advantage_code_that_does_not_apply_says_why_beside_its_field_then_one_that_applies_shows_the_discount() {
        cart.holds(LIVRES, 1);
        submit("/panier", "/panier/code", Map.of("code", "culture10"), signedIn());

        String refused = cartPage("");
        assertThat(refused).contains("<label class=\"form-label\" for=\"code\">Code avantage</label>", "value=\"CULTURE10\"");
        assertThat(text(between(refused, "id=\"code-outcome\"", "</div>")))
                .isEqualTo("Le code CULTURE10 ne porte sur aucune offre de votre panier.");

        cart.holds(CINEMA, 2);
        String applied = cartPage("");
        assertThat(text(between(applied, "id=\"code-outcome\"", "</div>"))).isEqualTo("−1,70 € avec le code CULTURE10");
        assertThat(text(applied)).contains("Remise −1,70 €");
    }

    @Test
    void a_code_that_cannot_be_one_is_refused_beside_the_field() {
        cart.holds(CINEMA, 1);

        HttpResponse<String> refused = submit("/panier", "/panier/code", Map.of("code", "n°1"), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(text(between(refused.body(), "id=\"code-outcome\"", "</div>")))
                .isEqualTo("Un code avantage compte de 3 à 20 lettres sans accent ou chiffres, sans espace.");
    }

    @Test
    void postal_lines_show_the_address_the_ship_date_and_the_shipping_fee() {
        cart.holds(PARC, 1);
        cart.changePrice(PARC, 1_000);

        String page = cartPage("");

        assertThat(page).contains("value=\"12 rue des Lilas\"", "value=\"69003\"");
        assertThat(text(page)).contains("Expédition prévue le 17 décembre 2026", "Livraison 4,90 €",
                "Livraison : chèque cadeau 4,90 €");
        assertThat(page).doesNotContain("for=\"email\"");
    }

    @Test
    void the_delivery_e_mail_is_the_profile_s_until_this_order_gets_its_own_which_is_checked() {
        cart.holds(CINEMA, 1);
        String page = cartPage("");
        assertThat(page).contains("<label class=\"form-label\" for=\"email\">E-mail de livraison</label>",
                "value=\"camille.martin@acme.example\"");

        HttpResponse<String> refused = submit("/panier", "/panier/livraison", Map.of("email", "camille@"), signedIn());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(error(refused.body(), "email")).isNotBlank();

        submit("/panier", "/panier/livraison", Map.of("email", "camille@perso.example"), signedIn());
        assertThat(cart.calls()).last().isEqualTo("PUT /delivery camille@perso.example null");
        String chosen = cartPage("");
        assertThat(chosen).contains("value=\"camille@perso.example\"", "Revenir aux choix de mon profil");

        submit("/panier", "/panier/livraison/profil", Map.of(), signedIn());
        assertThat(cart.calls()).last().isEqualTo("PUT /delivery null null");
    }

    @Test
    void an_address_for_this_order_is_checked_as_the_profile_s() {
        cart.holds(PARC, 1);

        HttpResponse<String> refused = submit("/panier", "/panier/livraison", Map.of("line1", "3 rue Neuve",
                "postalCode", "750", "city", "Paris", "country", "FR"), signedIn());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(error(refused.body(), "postalCode")).isEqualTo("Le code postal compte 5 chiffres.");
        submit("/panier", "/panier/livraison", Map.of("line1", "3 rue Neuve", "postalCode", "75011",
                "city", "Paris", "country", "FR"), signedIn());
        assertThat(cart.calls()).last().isEqualTo("PUT /delivery null 75011 Paris");
    }

    @Test
    void the_cart_reads_in_english() {
        cart.holds(CINEMA, 1);
        cart.holds(PARC, 1);

        String page = cartPage(ENGLISH);

        assertThat(items(page, "cart-allocation")).containsExactly(
                "Cinéma Pathé : e-billet 2D: subsidy €5.00, culture cheque €3.50",
                "Parc Astérix : billet journée: gift cheque €30.00, card €19.00");
        assertThat(text(page)).contains("Quantity", "Advantage code", "Delivery e-mail", "Paid by your allowances",
                "Left to pay by card", "Expected to ship on 17 December 2026", "Delivery free");
    }

    private String cartPage(String moreCookies) {
        return page("/panier", moreCookies);
    }

    private String page(String path, String moreCookies) {
        HttpResponse<String> response = pages().get(path, "Cookie", signedIn() + moreCookies);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The texts of the list items of the list of this class. */
    private static List<String> items(String page, String listClass) {
        String list = between(page, "<ul class=\"" + listClass + "\">", "</ul>");
        Matcher item = Pattern.compile("<li[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(list);
        List<String> found = new java.util.ArrayList<>();
        while (item.find()) {
            found.add(text(item.group(1)));
        }
        return found;
    }

    private static String error(String page, String field) {
        return text(between(page, "id=\"" + field + "-error\"", "</div>"));
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceFirst("^[^<>]*>", "").replace('\u00a0', ' ')
                .replace('\u202f', ' ').replaceAll("\\s+", " ").strip().replace("&#39;", "'").replace("&amp;", "&");
    }
}
