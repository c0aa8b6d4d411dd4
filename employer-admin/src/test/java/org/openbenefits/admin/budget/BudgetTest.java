package org.openbenefits.admin.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.testing.Pages;

/** The employer budget at /budget: balance, pending top-ups, recording a transfer, the statement. */
@MicronautTest
class BudgetTest extends AdminPortalTest {

    @Test
    void the_budget_page_shows_the_balance_the_pending_top_ups_and_the_statement() {
        allowanceApi.fund(1_250_000, "VIR-ACME-2026-10");
        allowanceApi.addPendingTopUp("ACME", 500_000, "VIR-ACME-2026-11");

        String page = getAsHr("/budget").body();

        assertThat(Pages.heading(page)).isEqualTo("Budget");
        assertThat(page).contains("display-5 fw-semibold mb-2\" aria-describedby=\"balance-label\">"
                        + Euros.format(1_250_000) + "</p>",
                "+ " + Euros.format(500_000) + " en attente de vérification par OpenBenefits",
                "Virements en attente de vérification", "VIR-ACME-2026-11", "Relevé du budget",
                "<strong>Virement</strong>", "VIR-ACME-2026-10",
                "text-success\">+" + Euros.format(1_250_000) + "</span>");
    }

    @Test
    void a_new_budget_says_what_to_do_first() {
        String page = getAsHr("/budget").body();

        assertThat(page).contains(Euros.format(0), "Aucun mouvement pour l’instant", "Enregistrez un premier virement",
                "<label class=\"form-label\" for=\"amount\">Montant du virement (€)</label>",
                "<label class=\"form-label\" for=\"reference\">Référence du virement</label>")
                .doesNotContain("Virements en attente de vérification");
    }

    @Test
    void a_top_up_with_a_bad_amount_shows_the_error_beside_the_field_and_calls_nothing() {
        HttpResponse<String> refused = postAsHr("/budget/virements", Map.of("amount", "douze euros", "reference", ""));
        HttpResponse<String> zero = postAsHr("/budget/virements", Map.of("amount", "0", "reference", "VIR-1"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"amount-error\">Ce montant n’est pas valable",
                "id=\"reference-error\">Indiquez la référence du virement", "value=\"douze euros\"",
                "aria-invalid=\"true\"");
        assertThat(zero.body()).contains("id=\"amount-error\">Le montant doit être supérieur à zéro.</div>",
                "value=\"VIR-1\"");
        assertThat(allowanceApi.calls()).noneMatch(call -> call.startsWith("POST"));
        assertThat(allowanceApi.topUps()).isEmpty();
    }

    @Test
    void the_apis_refusals_of_a_reference_with_a_hidden_character_and_of_a_too_large_amount_show_beside_their_fields() {
        HttpResponse<String> hidden = postAsHr("/budget/virements",
                Map.of("amount", "12,50", "reference", "VIR\u202Ecod.exe"));
        HttpResponse<String> tooLarge = postAsHr("/budget/virements",
                Map.of("amount", "10 000 000,01", "reference", "VIR-2"));

        assertThat(hidden.statusCode()).isEqualTo(422);
        assertThat(hidden.body()).contains("id=\"reference-error\">Ce texte contient un caractère invisible qui change "
                + "le sens d’écriture (U+202E) : retirez-le.</div>", "value=\"12,50\"");
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("id=\"amount-error\">Un virement est limité à "
                + Euros.format(1_000_000_000) + " : pour un montant plus élevé, enregistrez plusieurs virements.");
        assertThat(allowanceApi.topUps()).isEmpty();
    }

    @Test
    void a_recorded_top_up_waits_for_openbenefits_and_the_page_says_so() {
        HttpResponse<String> recorded = postAsHr("/budget/virements",
                Map.of("amount", "5 000", "reference", "VIR-ACME-2026-11"));

        assertThat(recorded.statusCode()).isEqualTo(303);
        assertThat(recorded.headers().firstValue("Location")).contains("/budget");
        String page = follow(recorded, signedIn("HR_MANAGER")).body();
        assertThat(page).contains("Virement de " + Euros.format(500_000)
                + " enregistré : il sera crédité après vérification par OpenBenefits.");
        assertThat(allowanceApi.topUps()).singleElement().satisfies(topUp -> {
            assertThat(topUp.amountCents()).isEqualTo(500_000);
            assertThat(topUp.bankReference()).isEqualTo("VIR-ACME-2026-11");
        });
    }

    @Test
    void a_top_up_the_platform_confirms_at_once_is_said_credited() {
        allowanceApi.confirmTopUpsAtOnce();

        HttpResponse<String> recorded = postAsHr("/budget/virements",
                Map.of("amount", "1234,5", "reference", "VIR-DEMO"));

        String page = follow(recorded, signedIn("HR_MANAGER")).body();
        assertThat(page).contains("Virement de " + Euros.format(123_450) + " enregistré et crédité sur le budget.");
        assertThat(allowanceApi.balance()).isEqualTo(123_450);
    }

    @Test
    void the_amounts_the_hint_gives_as_examples_are_accepted_in_french_and_in_english() {
        for (String language : List.of("fr", "en")) {
            String cookie = signedIn("HR_MANAGER") + "; " + COOKIES.language() + "=" + language;
            String page = pages().get("/budget", "Cookie", cookie).body();
            Matcher hint = Pattern.compile("id=\"amount-hint\">([^<]+)</div>").matcher(page);
            assertThat(hint.find()).as("the amount's hint in " + language).isTrue();
            List<String> examples = new ArrayList<>();
            Matcher example = Pattern.compile("\\d[\\d\\s\u00a0\u202f.,]*\\d").matcher(hint.group(1));
            while (example.find()) {
                examples.add(example.group());
            }
            assertThat(examples).as("the examples of " + hint.group(1)).hasSize(2);

            for (String amount : examples) {
                HttpResponse<String> recorded = pages().post("/budget/virements",
                        Map.of("amount", amount, "reference", "VIR-HINT", "csrfToken", CSRF), "Cookie", cookie);

                assertThat(recorded.statusCode()).as(language + ": " + amount).isEqualTo(303);
            }
        }
        assertThat(allowanceApi.topUps()).extracting(topUp -> topUp.amountCents())
                .containsOnly(500_000L, 125_050L).hasSize(4);
    }

    @Test
    void a_long_statement_is_paged_newest_first() {
        for (int i = 1; i <= 30; i++) {
            allowanceApi.fund(100 * i, "VIR-" + i);
        }

        String first = getAsHr("/budget").body();
        String second = getAsHr("/budget?page=2").body();

        assertThat(first).contains("VIR-30", "Page 1 sur 2", "href=\"/budget?page=2\"").doesNotContain("VIR-5<");
        assertThat(second).contains("VIR-5<", "Page 2 sur 2");
    }
}
