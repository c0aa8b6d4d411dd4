package org.openbenefits.portal.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.portal.testing.FakeWallets.TODAY;
import static org.openbenefits.portal.testing.FakeWallets.active;
import static org.openbenefits.portal.testing.FakeWallets.ended;
import static org.openbenefits.portal.testing.FakeWallets.giftCheque;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakeWallets;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;

/** "Mes dotations" against the fake platform-api: what Camille reads about her allowances, in French and English. */
@MicronautTest
class WalletPageTest extends PortalWithFakeApi {

    private static final Pattern CARD = Pattern.compile("<article class=\"grant-card.*?</article>", Pattern.DOTALL);

    @Test
    void the_page_opens_from_the_navigation_with_its_title() {
        String page = wallet("");

        assertThat(Pages.heading(page)).isEqualTo("Mes dotations");
        assertThat(page).contains("<title>Mes dotations · Espace salarié · OpenBenefits</title>");
        assertThat(page).containsPattern("<a href=\"/mes-dotations\"\\s+aria-current=\"page\">Mes dotations</a>");
        assertThat(api.calls()).contains("GET /wallet");
    }

    @Test
    void totals_by_kind_and_the_overall_total_head_the_page() {
        String totals = text(between(wallet(""), "class=\"wallet-totals\"", "</ul>"));

        assertThat(totals).isEqualTo("Subvention 30,00 € Chèque culture 80,00 € Chèque cadeau 150,00 € "
                + "Total disponible 260,00 €");
    }

    @Test
    void active_grants_are_listed_in_the_order_checkout_spends_them() {
        api.giveWallet(FakeWallets.of(
                giftCheque(1, "Cadeau qui expire bientôt", 20, 3),
                active(2, "CULTURE_CHEQUE", "Culture", 5_000, 5_000, TODAY, TODAY.plusDays(90), List.of("BOOKS"), null, null),
                active(7, "SUBSIDY", "Subvention tardive", 1_000, 1_000, TODAY, TODAY.plusDays(60), List.of("CINEMA"), null, null),
                active(8, "SUBSIDY", "Subvention précoce", 1_000, 1_000, TODAY, TODAY.plusDays(10), List.of("CINEMA"), null, null),
                active(4, "SUBSIDY", "Subvention précoce, plus ancienne", 1_000, 1_000, TODAY, TODAY.plusDays(10),
                        List.of("CINEMA"), null, null)));

        assertThat(campaigns(wallet(""))).containsExactly("Subvention précoce, plus ancienne", "Subvention précoce",
                "Subvention tardive", "Culture", "Cadeau qui expire bientôt");
    }

    @Test
    void a_card_shows_the_kind_the_campaign_the_balance_of_the_amount_the_validity_and_what_it_pays_for() {
        String card = text(cards(wallet("")).get(1));

        assertThat(card).startsWith("Chèque culture · Culture 2026 Solde restant 80,00 € sur 100,00 € Expire dans 12 jours")
                .contains("Validité Valable jusqu’au 13/12/2026 inclus")
                .contains("Utilisable pour Livres Spectacles et concerts Musées et expositions");
    }

    @Test
    void the_progress_bar_says_how_much_is_left_to_assistive_technologies() {
        String card = cards(wallet("")).get(1);

        assertThat(card).contains("role=\"progressbar\"", "aria-valuemin=\"0\"", "aria-valuemax=\"100\"",
                "aria-valuenow=\"80\"", "aria-label=\"Solde restant\"", "<rect height=\"1\" width=\"80\"/>");
        assertThat(normalised(card)).contains("aria-valuetext=\"80,00 € restants sur 100,00 €\"");
    }

    @Test
    void a_gift_cheque_for_any_category_pays_for_all_categories_and_names_its_occasion() {
        String card = text(cards(wallet("")).get(2));

        assertThat(card).contains("Utilisable pour Toutes catégories", "Occasion Noël des salariés");
    }

    @Test
    void a_share_capped_subsidy_says_which_share_of_each_item_it_pays() {
        String card = text(cards(wallet("")).getFirst());

        assertThat(card).contains("Utilisable pour Cinéma jusqu’à 50 % du prix de chaque article");
    }

    @Test
    void the_expiry_warning_reads_today_tomorrow_or_in_n_days_and_is_highlighted_within_thirty_days() {
        api.giveWallet(FakeWallets.of(giftCheque(1, "A", 10, 0), giftCheque(2, "B", 10, 1), giftCheque(3, "C", 10, 30),
                giftCheque(4, "D", 10, 31)));

        List<String> cards = cards(wallet(""));

        assertThat(cards).extracting(WalletPageTest::expiry)
                .containsExactly("Expire aujourd’hui", "Expire demain", "Expire dans 30 jours", "Expire dans 31 jours");
        assertThat(cards).extracting(card -> card.contains("grant-expiry grant-expiry--soon"))
                .containsExactly(true, true, true, false);
    }

    @Test
    void a_grant_not_valid_yet_says_from_when() {
        api.giveWallet(FakeWallets.of(active(1, "GIFT_CHEQUE", "Fête des mères", 5_000, 5_000, LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 6, 30), List.of("*"), null, "FETE_DES_MERES")));

        assertThat(text(cards(wallet("")).getFirst())).contains("Valable du 01/05/2027 au 30/06/2027 inclus");
    }

    @Test
    void the_page_explains_the_spending_order_and_where_unspent_money_goes() {
        assertThat(text(wallet(""))).contains("Au paiement, vos dotations sont utilisées automatiquement, "
                + "les plus restrictives d’abord", "le solde non utilisé d’une dotation revient à votre employeur");
    }

    @Test
    void ended_grants_come_after_the_active_ones_in_a_quieter_section_with_their_status() {
        String page = wallet("");
        String ended = text(between(page, "id=\"ended-heading\"", "</section>"));

        assertThat(page.indexOf("id=\"ended-heading\"")).isGreaterThan(page.indexOf("id=\"active-heading\""));
        assertThat(ended).contains(
                "Subvention · Sport 2026 Révoquée par votre employeur le 02/10/2026 : le solde non utilisé lui est revenu. "
                        + "Révoquée Montant reçu : 40,00 €",
                "Chèque cadeau · Noël 2025 Fin de validité le 31/01/2026 : le solde non utilisé est revenu à votre "
                        + "employeur. Expirée Montant reçu : 120,00 €");
        assertThat(campaigns(page)).doesNotContain("Sport 2026", "Noël 2025");
    }

    @Test
    void the_history_names_each_operation_and_signs_its_amount() {
        String page = wallet("");
        List<String> lines = movements(page);

        assertThat(lines).containsExactly(
                "20/11/2026 Achat Chèque culture · Culture 2026 · Commande C-1042 −20,00 €",
                "15/11/2026 Dotation reçue Chèque cadeau · Noël 2026 +150,00 €",
                "02/10/2026 Révocation par l’employeur Subvention · Sport 2026 −40,00 €",
                "01/09/2026 Dotation reçue Chèque culture · Culture 2026 +100,00 €",
                "12/06/2026 Remboursement Subvention · Cinéma 2026 · Commande C-0977 +5,00 €",
                "10/06/2026 Achat Subvention · Cinéma 2026 · Commande C-0977 −25,00 €",
                "01/03/2026 Dotation reçue Subvention · Sport 2026 +40,00 €",
                "01/02/2026 Expiration : solde rendu à l’employeur Chèque cadeau · Noël 2025 −35,00 €",
                "01/01/2026 Dotation reçue Subvention · Cinéma 2026 +50,00 €");
        assertThat(page).contains("class=\"movement__amount is-debit\"",
                "class=\"movement__amount is-credit\"", "<time class=\"movement__date\" datetime=\"2026-11-20\">");
    }

    @Test
    void an_employee_without_any_allowance_is_told_the_employer_has_given_none_yet_and_an_email_will_come() {
        api.giveWallet(FakeWallets.empty());

        String page = wallet("");

        assertThat(text(page)).contains("Pas encore de dotation", "Votre employeur ne vous a pas encore attribué de "
                + "dotation. Dès qu’il le fera, vous recevrez un e-mail");
        assertThat(page).doesNotContain("wallet-totals", "grant-card", "Historique des opérations");
    }

    @Test
    void an_employee_whose_allowances_have_all_ended_sees_them_without_any_current_one() {
        api.giveWallet(FakeWallets.of(ended(5, "GIFT_CHEQUE", "Noël 2025", 12_000, LocalDate.of(2025, 11, 15),
                LocalDate.of(2026, 1, 31), "EXPIRED", null)));

        String page = text(wallet(""));

        assertThat(page).contains("Total disponible 0,00 €", "Vous n’avez plus de dotation en cours",
                "Dotations terminées", "Noël 2025", "Aucune opération pour l’instant.");
    }

    @Test
    void the_wallet_speaks_english_once_english_is_chosen() {
        String page = wallet("; " + COOKIES.language() + "=en");

        assertThat(Pages.heading(page)).isEqualTo("My allowances");
        assertThat(text(between(page, "class=\"wallet-totals\"", "</ul>"))).isEqualTo(
                "Subsidy €30.00 Culture cheque €80.00 Gift cheque €150.00 Total available €260.00");
        assertThat(text(cards(page).getFirst())).contains("Subsidy · Cinéma 2026 Balance left €30.00 of €50.00",
                "Expires in 30 days", "Valid until 31/12/2026 inclusive", "Can pay for Cinema up to 50% of the price of each item");
        assertThat(movements(page)).contains("20/11/2026 Purchase Culture cheque · Culture 2026 · Commande C-1042 −€20.00",
                "01/02/2026 Expiry: balance returned to the employer Gift cheque · Noël 2025 −€35.00");
        assertThat(text(page)).contains("Ended allowances", "Revoked", "Expired", "At checkout,");
    }

    @Test
    void english_expiry_warnings_read_today_tomorrow_and_in_n_days() {
        api.giveWallet(FakeWallets.of(giftCheque(1, "A", 10, 0), giftCheque(2, "B", 10, 1), giftCheque(3, "C", 10, 45)));

        assertThat(cards(wallet("; " + COOKIES.language() + "=en"))).extracting(WalletPageTest::expiry)
                .containsExactly("Expires today", "Expires tomorrow", "Expires in 45 days");
    }

    @Test
    void a_category_the_portal_does_not_know_yet_shows_its_code() {
        api.giveWallet(FakeWallets.of(active(1, "SUBSIDY", "Voyages", 1_000, 1_000, TODAY, TODAY.plusDays(60),
                List.of("TRAVEL", "CINEMA"), null, null)));

        assertThat(text(cards(wallet("")).getFirst())).contains("Utilisable pour TRAVEL Cinéma");
    }

    @Test
    void a_visitor_is_sent_to_sign_in_and_brought_back_to_the_wallet() {
        HttpResponse<String> response = pages().get("/mes-dotations");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/connexion?retour=%2Fmes-dotations");
        assertThat(api.calls()).doesNotContain("GET /wallet");
    }

    @Test
    void a_session_the_api_no_longer_accepts_asks_to_sign_in_again() {
        api.refuseTheSession();

        HttpResponse<String> response = pages().get("/mes-dotations", "Cookie", signedIn());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/connexion?retour=%2Fmes-dotations");
    }

    @Test
    void a_failing_api_shows_the_error_page() {
        api.failTheWallet();

        HttpResponse<String> response = pages().get("/mes-dotations", "Cookie", signedIn());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(Pages.heading(response.body())).isEqualTo("Une erreur est survenue");
    }

    private String wallet(String moreCookies) {
        HttpResponse<String> response = pages().get("/mes-dotations", "Cookie", signedIn() + moreCookies);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> cards(String page) {
        return all(CARD, page);
    }

    private static List<String> campaigns(String page) {
        return all(Pattern.compile("class=\"grant-card__campaign\">([^<]*)<"), page).stream()
                .map(span -> span.replaceAll(".*\">|<$", "")).toList();
    }

    private static String expiry(String card) {
        return text(between(card, "class=\"grant-expiry", "</p>").replaceFirst("^[^>]*>", ""));
    }

    private static List<String> movements(String page) {
        return all(Pattern.compile("<li class=\"movement\">.*?</li>", Pattern.DOTALL), page).stream()
                .map(WalletPageTest::text).toList();
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as("%s in the page", start).isNotNegative();
        return html.substring(from, html.indexOf(end, from));
    }

    /** The text a person reads: no tags, spaces collapsed, no-break spaces as plain ones. */
    static String text(String html) {
        return normalised(html.replaceAll("<[^>]+>", " ").replaceFirst("^[^<>]*>", "")).replaceAll("\\s+", " ").strip()
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String normalised(String html) {
        return html.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
