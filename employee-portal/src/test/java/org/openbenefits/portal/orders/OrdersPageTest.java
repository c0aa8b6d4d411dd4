package org.openbenefits.portal.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakeOrders;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;

/** "Mes commandes" and an order's page against the fake platform-api, in each state an order can be in. */
@MicronautTest
class OrdersPageTest extends PortalWithFakeApi {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<th scope=\"row\"><a.*?</tr>", Pattern.DOTALL);
    private static final String ENGLISH = "; " + COOKIES.language() + "=en";

    @Test
    void the_list_opens_from_the_navigation_newest_first_with_number_date_status_in_french_and_total() {
        String page = page("/commandes", "");

        assertThat(Pages.heading(page)).isEqualTo("Mes commandes");
        assertThat(page).contains("<title>Mes commandes · Espace salarié · OpenBenefits</title>");
        assertThat(page).containsPattern("<a href=\"/commandes\"\\s+aria-current=\"page\">Mes commandes</a>");
        assertThat(rows(page)).containsExactly(
                "C-2026-000103 03/12/2026 Paiement en attente 17,00 €",
                "C-2026-000102 03/12/2026 Paiement en attente 17,00 €",
                "C-2026-000101 03/12/2026 En cours 65,90 €",
                "C-2026-000105 28/11/2026 Délai de paiement dépassé 8,50 €",
                "C-2026-000104 28/11/2026 Paiement refusé 8,50 €",
                "C-2026-000106 20/11/2026 En cours 86,00 €");
        assertThat(page).contains("<a href=\"/commandes/101\">C-2026-000101</a>", "6 commandes");
        assertThat(orders.calls()).containsExactly("GET /orders?page=0&size=20");
    }

    @Test
    void every_signed_in_page_links_to_the_orders_in_the_header() {
        assertThat(page("/catalogue", "")).contains("<a href=\"/commandes\">Mes commandes</a>");
        assertThat(page("/catalogue", ENGLISH)).contains("<a href=\"/commandes\">My orders</a>");
    }

    @Test
    void an_employee_without_orders_is_told_so_and_sent_to_the_catalogue() {
        orders.give(List.of());

        String page = page("/commandes", "");

        assertThat(text(page)).contains("Vous n’avez pas encore de commande");
        assertThat(page).contains("<a class=\"btn btn-outline-primary\" href=\"/catalogue\">Voir le catalogue</a>")
                .doesNotContain("<table");
        assertThat(text(page("/commandes", ENGLISH))).contains("You have no orders yet");
    }

    @Test
    void forty_five_orders_take_three_pages_of_twenty_with_links_between_them() {
        orders.give(FakeOrders.many(45));

        String first = page("/commandes", "");
        String second = page("/commandes?page=2", "");
        String third = page("/commandes?page=3", "");

        assertThat(rows(first)).hasSize(20).first().asString().startsWith("C-2026-000045 15/12/2026");
        assertThat(text(first)).contains("45 commandes", "Page 1 sur 3").doesNotContain("Page précédente");
        assertThat(first).containsPattern("href=\"/commandes\\?page=2\"\\s+rel=\"next\"");
        assertThat(rows(second).getFirst()).startsWith("C-2026-000025 ");
        assertThat(second).containsPattern("href=\"/commandes\"\\s+rel=\"prev\"")
                .containsPattern("href=\"/commandes\\?page=3\"\\s+rel=\"next\"");
        assertThat(rows(third)).hasSize(5).last().asString().startsWith("C-2026-000001 01/11/2026 Payée 10,00 €");
        assertThat(text(third)).contains("Page 3 sur 3").doesNotContain("Page suivante");
        assertThat(orders.calls()).containsExactly("GET /orders?page=0&size=20", "GET /orders?page=1&size=20",
                "GET /orders?page=2&size=20");
    }

    @Test
    void a_page_that_is_not_a_number_is_the_first() {
        page("/commandes?page=abc", "");
        page("/commandes?page=-4", "");

        assertThat(orders.calls()).containsExactly("GET /orders?page=0&size=20", "GET /orders?page=0&size=20");
    }

    @Test
    void a_paid_order_shows_its_lines_states_what_paid_each_shipping_address_ship_by_and_its_invoice() {
        String page = page("/commandes/101", "");
        String text = text(page);

        assertThat(Pages.heading(page)).isEqualTo("Commande C-2026-000101");
        assertThat(text).contains("Date 03/12/2026 Statut En cours", "Commande payée",
                "Payée le 03/12/2026 à 10:17. Carte Visa se terminant par 4242.",
                "Cinéma Pathé : e-billet 2D E-billet, 12,00 € l’unité 1 Envoyée "
                        + "subvention 5,00 €, chèque culture 5,00 €, carte 2,00 € 12,00 €",
                "Parc Astérix : billet journée Envoi postal, 49,00 € l’unité 1 Expédiée subvention 49,00 € 49,00 €",
                "Frais de port 4,90 € payés par : subvention 4,90 €", "Total 65,90 €",
                "E-billets et cartes cadeaux envoyés à camille.martin@acme.example",
                "Adresse postale 12 rue des Lilas Bâtiment B 69003 Lyon", "Expédition prévue le 10/12/2026");
        assertThat(text).doesNotContain("Réduction", "Payer par carte", "Paiement en attente");
        assertThat(page).contains("<a class=\"btn btn-outline-primary\" href=\"/commandes/101/facture\">"
                + "Télécharger la facture (PDF)</a>");
    }

    @Test
    void line_states_read_delivered_being_prepared_cancelled_and_the_discount_is_shown() {
        String text = text(page("/commandes/106", ""));

        assertThat(text).contains("Carte cadeau Librairies indépendantes Carte cadeau électronique, 45,00 € l’unité "
                        + "Réduction : 5,00 € 1 Livrée chèque cadeau 40,00 € 40,00 €",
                "2 En préparation subvention 30,00 € 30,00 €", "1 Annulée chèque culture 16,00 € 16,00 €",
                "Réduction − 5,00 €", "Total 86,00 €", "Expédition prévue le 27/11/2026");
        assertThat(text).doesNotContain("Frais de port", "se terminant par");
    }

    @Test
    void an_order_awaiting_the_card_says_so_and_offers_to_pay_by_card_without_invoice() {
        String page = page("/commandes/102", "");
        String text = text(page);

        assertThat(text).contains("Paiement en attente Il reste 7,00 € à payer par carte. "
                + "Vos dotations et les articles vous sont réservés jusqu’à 11:16 le 03/12/2026.");
        assertThat(text).doesNotContain("essai", "Télécharger la facture", "Envoyée");
        assertThat(page).contains("action=\"/commandes/102/paiement\"", "name=\"csrfToken\"",
                "<button type=\"submit\" class=\"btn btn-primary\">Payer par carte</button>");
    }

    @Test
    void an_order_whose_card_failed_says_so_with_the_attempts_left_and_offers_to_pay_again() {
        String page = page("/commandes/103", "");

        assertThat(text(page)).contains("Paiement en attente : le paiement par carte n’a pas abouti",
                "La carte n’a pas été débitée.", "Il vous reste 2 essais.");
        assertThat(page).contains("action=\"/commandes/103/paiement\"").doesNotContain("/commandes/103/facture");
        assertThat(text(page("/commandes/103", ENGLISH))).contains("You have 2 attempts left.");
    }

    @Test
    void an_order_refused_after_three_attempts_says_so_clearly_and_offers_no_payment() {
        String page = page("/commandes/104", "");

        assertThat(text(page)).contains("Statut Paiement refusé", "Paiement refusé après 3 essais de paiement par carte : "
                + "la commande C-2026-000104 est annulée, vos dotations et les articles ont été libérés.");
        assertThat(page).doesNotContain("Payer par carte", "/facture");
        assertThat(text(page("/commandes/104", ENGLISH))).contains("Payment refused after 3 card payment attempts");
    }

    @Test
    void an_expired_order_says_its_time_ran_out() {
        String page = page("/commandes/105", "");

        assertThat(text(page)).contains("Le délai de paiement de la commande C-2026-000105 est dépassé");
        assertThat(page).doesNotContain("Payer par carte", "/facture");
    }

    @Test
    void the_order_page_speaks_english_too() {
        String text = text(page("/commandes/101", ENGLISH));

        assertThat(text).contains("Order C-2026-000101", "Order paid", "Sent",
                "subsidy €5.00, culture cheque €5.00, card €2.00", "Shipping planned on 10/12/2026",
                "Download the invoice (PDF)");
    }

    @Test
    void another_employees_order_is_the_portals_not_found_page_for_its_page_invoice_and_payment() {
        HttpResponse<String> order = pages().get("/commandes/" + FakeOrders.ANOTHER_EMPLOYEES_ORDER, "Cookie", signedIn());
        HttpResponse<String> invoice = pages().get("/commandes/" + FakeOrders.ANOTHER_EMPLOYEES_ORDER + "/facture",
                "Cookie", signedIn());
        HttpResponse<String> payment = submit("/commandes/103", "/commandes/" + FakeOrders.ANOTHER_EMPLOYEES_ORDER
                + "/paiement", Map.of(), signedIn());

        for (HttpResponse<String> answer : List.of(order, invoice, payment)) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html"));
            assertThat(answer.body()).doesNotContain("C-2026");
        }
    }

    @Test
    void the_invoice_is_passed_on_as_a_pdf_download_that_no_cache_keeps() throws Exception {
        HttpResponse<byte[]> invoice = invoice(101);

        assertThat(invoice.statusCode()).isEqualTo(200);
        assertThat(invoice.body()).isEqualTo(FakeOrders.INVOICE);
        assertThat(invoice.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(invoice.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + FakeOrders.INVOICE_FILE + "\"");
        assertThat(invoice.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(orders.calls()).containsExactly("GET /orders/101/invoice");
    }

    @Test
    void an_invoice_without_its_file_name_is_named_by_the_portal_and_an_unpaid_order_has_none() throws Exception {
        orders.invoiceWithoutFileName();

        HttpResponse<byte[]> invoice = invoice(106);
        HttpResponse<String> unpaid = pages().get("/commandes/102/facture", "Cookie", signedIn());

        assertThat(invoice.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"facture-106.pdf\"");
        assertThat(unpaid.statusCode()).isEqualTo(404);
    }

    @Test
    void pay_by_card_starts_a_new_payment_returning_to_the_order_page_and_sends_the_browser_to_the_gateway() {
        HttpResponse<String> paid = submit("/commandes/103", "/commandes/103/paiement", Map.of(), signedIn());

        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).hasValue(FakeOrders.GATEWAY + "restart-103");
        assertThat(orders.returnTos()).singleElement().asString().matches("https?://[^/]+/commandes/103");
    }

    @Test
    void pay_by_card_while_a_payment_page_is_open_goes_back_to_that_page() {
        HttpResponse<String> paid = submit("/commandes/102", "/commandes/102/paiement", Map.of(), signedIn());

        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).hasValue(FakeOrders.GATEWAY + "page-102");
    }

    @Test
    void pay_by_card_refused_by_the_api_comes_back_on_the_order_page_with_the_reason() {
        HttpResponse<String> refused = submit("/commandes/104", "/commandes/104/paiement", Map.of(), signedIn());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body())).contains("Commande C-2026-000104",
                "Paiement refusé après 3 essais de paiement par carte");
        assertThat(refused.body()).contains("alert alert-danger");
    }

    @Test
    void pay_by_card_without_the_anti_forgery_token_is_refused_and_starts_nothing() {
        HttpResponse<String> forged = pages().post("/commandes/103/paiement", Map.of(), "Cookie", signedIn());

        assertThat(forged.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(orders.calls()).doesNotContain("POST /orders/103/payment");
    }

    private HttpResponse<byte[]> invoice(long id) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(server.getURI().resolve("/commandes/" + id + "/facture"))
                    .header("Cookie", signedIn()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private String page(String path, String cookies) {
        HttpResponse<String> response = pages().get(path, "Cookie", signedIn() + cookies);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static List<String> rows(String page) {
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            rows.add(text(row.group()));
        }
        return rows;
    }

    static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace('\u00a0', ' ').replace('\u202f', ' ')
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
