package org.openbenefits.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.contract.api.allowance.LedgerCheckReport;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.testing.Pages;

/** Platform admins check the employers' top-ups and run the ledger check; nobody else may. */
@MicronautTest
class PlatformAdminTest extends AdminPortalTest {

    private HttpResponse<String> getAsAdmin(String path) {
        return pages().get(path, "Cookie", signedIn("PLATFORM_ADMIN"));
    }

    @Test
    void the_staff_home_leads_a_platform_admin_to_the_top_ups_and_the_ledger_check() {
        String home = getAsAdmin("/plateforme").body();

        assertThat(home).contains("href=\"/plateforme/virements\">Vérifier les virements</a>",
                "href=\"/plateforme/grand-livre\">Contrôler le grand livre</a>");
        assertThat(Pages.localLinks(home)).allSatisfy(link -> assertThat(
                pages().get(link, "Accept", "*/*", "Cookie", signedIn("PLATFORM_ADMIN")).statusCode())
                .as("GET %s", link).isIn(200, 303));
    }

    @Test
    void the_top_ups_page_lists_the_pending_transfers_of_every_employer_and_the_recently_decided_ones() {
        allowanceApi.fund(100_000, "VIR-ACME-2026-10");
        allowanceApi.addPendingTopUp("ACME", 500_000, "VIR-ACME-2026-11");
        allowanceApi.addPendingTopUp("Globex", 250_000, "GLOBEX-NOV");

        String page = getAsAdmin("/plateforme/virements").body();

        assertThat(Pages.heading(page)).isEqualTo("Virements à vérifier");
        assertThat(page).contains("ACME", "VIR-ACME-2026-11", Euros.format(500_000), "Globex", "GLOBEX-NOV",
                "aria-label=\"Confirmer GLOBEX-NOV\"", "aria-label=\"Refuser VIR-ACME-2026-11\"",
                "Décidés récemment", "VIR-ACME-2026-10", ">Confirmé</span>");
    }

    @Test
    void confirming_a_top_up_credits_the_employers_budget_and_says_so() {
        TopUpView pending = allowanceApi.addPendingTopUp("ACME", 500_000, "VIR-ACME-2026-11");

        HttpResponse<String> confirmed = postAs("PLATFORM_ADMIN",
                "/plateforme/virements/" + pending.id() + "/confirmation", Map.of());

        assertThat(confirmed.statusCode()).isEqualTo(303);
        String page = follow(confirmed, signedIn("PLATFORM_ADMIN")).body();
        assertThat(page).contains("Virement VIR-ACME-2026-11 de ACME confirmé : " + Euros.format(500_000)
                + " crédités sur son budget.", "Aucun virement à vérifier");
        assertThat(allowanceApi.balance()).isEqualTo(500_000);
    }

    @Test
    void rejecting_a_top_up_credits_nothing_and_a_second_decision_is_refused_with_the_reason() {
        TopUpView pending = allowanceApi.addPendingTopUp("ACME", 500_000, "VIR-ACME-2026-11");

        HttpResponse<String> rejected = postAs("PLATFORM_ADMIN",
                "/plateforme/virements/" + pending.id() + "/rejection", Map.of());
        HttpResponse<String> again = postAs("PLATFORM_ADMIN",
                "/plateforme/virements/" + pending.id() + "/confirmation", Map.of());

        assertThat(follow(rejected, signedIn("PLATFORM_ADMIN")).body())
                .contains("Virement VIR-ACME-2026-11 de ACME refusé");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Ce virement a déjà été confirmé ou refusé : rechargez la liste des virements.",
                ">Refusé</span>");
        assertThat(allowanceApi.balance()).isZero();
    }

    @Test
    void deciding_an_unknown_top_up_is_the_404_page() {
        HttpResponse<String> unknown = postAs("PLATFORM_ADMIN", "/plateforme/virements/999999/confirmation", Map.of());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Pages.heading(unknown.body())).isEqualTo("Page introuvable");
    }

    @Test
    void the_ledger_check_reports_a_consistent_ledger_in_green() {
        allowanceApi.answerLedgerCheck(new LedgerCheckReport(Instant.parse("2026-11-02T09:15:00Z"), true, 12, 30, 8,
                List.of()));

        String before = getAsAdmin("/plateforme/grand-livre").body();
        HttpResponse<String> checked = postAs("PLATFORM_ADMIN", "/plateforme/grand-livre", Map.of());

        assertThat(before).contains(">Lancer le contrôle</button>").doesNotContain("cohérent");
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(checked.body()).contains("alert alert-success",
                "Le grand livre est cohérent : 12 mouvements, 30 écritures, 8 comptes vérifiés.",
                "Contrôle du 02/11/2026 10:15", ">Relancer le contrôle</button>");
        assertThat(allowanceApi.calls()).contains("POST /api/v1/platform/ledger/check");
    }

    @Test
    void the_ledger_check_lists_each_problem_in_red() {
        allowanceApi.answerLedgerCheck(new LedgerCheckReport(Instant.parse("2026-11-02T09:15:00Z"), false, 12, 31, 8,
                List.of("Le mouvement 42 ne s’équilibre pas : +1,00 €.", "Le compte budget:7 est négatif.")));

        String page = postAs("PLATFORM_ADMIN", "/plateforme/grand-livre", Map.of()).body();

        assertThat(page).contains("alert alert-danger", "2 problèmes trouvés dans le grand livre",
                "<li>Le mouvement 42 ne s’équilibre pas : +1,00 €.</li>", "<li>Le compte budget:7 est négatif.</li>")
                .doesNotContain("est cohérent");
    }

    @Test
    void a_support_agent_and_an_hr_manager_get_the_403_page_for_the_platform_admins_pages() {
        TopUpView pending = allowanceApi.addPendingTopUp("ACME", 500_000, "VIR-ACME-2026-11");
        for (String role : List.of("SUPPORT_AGENT", "HR_MANAGER")) {
            for (String path : List.of("/plateforme/virements", "/plateforme/grand-livre")) {
                HttpResponse<String> refused = pages().get(path, "Cookie", signedIn(role));

                assertThat(refused.statusCode()).as(role + " " + path).isEqualTo(403);
                assertThat(Pages.heading(refused.body())).isEqualTo("Accès refusé");
            }
            assertThat(postAs(role, "/plateforme/virements/" + pending.id() + "/confirmation", Map.of()).statusCode())
                    .isEqualTo(403);
            assertThat(postAs(role, "/plateforme/grand-livre", Map.of()).statusCode()).isEqualTo(403);
        }
        assertThat(pages().get("/plateforme", "Cookie", signedIn("SUPPORT_AGENT")).body())
                .doesNotContain("/plateforme/virements", "/plateforme/grand-livre");
        assertThat(allowanceApi.calls()).isEmpty();
    }
}
