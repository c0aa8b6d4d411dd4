package org.openbenefits.admin.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.admin.web.Formats;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.testing.Pages;

/** "Nouvelle campagne": the form, its checks, the preview with budget and URSSAF, and the confirmation. */
@MicronautTest
class CampaignFormTest extends AdminPortalTest {

    /** The threshold of 2026 as the page writes it (200 €, a no-break space before the sign). */
    private static final String THRESHOLD = new Formats(Locale.FRANCE).wholeEuros(20_000);
    private static final Pattern PREVIEWED = Pattern.compile("name=\"previewed\" value=\"([0-9a-f]+)\"");

    /** A Christmas gift cheque of 50 € for everyone, valid in December 2026, on any category. */
    private static List<String> christmas(String... changes) {
        List<String> fields = new ArrayList<>(List.of("kind", "GIFT_CHEQUE", "name", "Noël 2026", "amount", "50",
                "validFrom", "2026-12-01", "validTo", "2027-01-31", "categories", "*", "urssafEvent", "",
                "target", "ALL", "targetValue", "", "employees", ""));
        for (int i = 0; i < changes.length; i += 2) {
            int at = fields.indexOf(changes[i]);
            if (at >= 0 && at % 2 == 0) {
                fields.set(at + 1, changes[i + 1]);
            } else {
                fields.add(changes[i]);
                fields.add(changes[i + 1]);
            }
        }
        return fields;
    }

    private HttpResponse<String> preview(List<String> fields) {
        return postFields("HR_MANAGER", "/campagnes/apercu", fields);
    }

    private static String previewed(String page) {
        Matcher found = PREVIEWED.matcher(page);
        assertThat(found.find()).as("a previewed fingerprint in the page").isTrue();
        return found.group(1);
    }

    private void threeRecipients() {
        allowanceApi.addRecipient(100, "Camille Martin", 18_000);
        allowanceApi.addRecipient(101, "Élodie Lefèvre", 16_000);
        allowanceApi.addRecipient(102, "Paul Girard", 0);
    }

    @Test
    void the_form_offers_each_kind_with_its_explanation_the_categories_and_the_targets_by_their_labels() {
        String page = getAsHr("/campagnes/nouvelle").body();

        assertThat(Pages.heading(page)).isEqualTo("Nouvelle campagne");
        assertThat(page).contains("for=\"kind-SUBSIDY\">Subvention</label>", "for=\"kind-CULTURE_CHEQUE\">Chèque culture</label>",
                "for=\"kind-GIFT_CHEQUE\">Chèque cadeau</label>", "Réservé aux biens culturels",
                "for=\"category-ANY\">Toutes catégories</label>", "<span>Cinéma</span>", "<span>Parcs de loisirs</span>",
                "data-cultural=\"true\"", "data-cultural=\"false\"",
                "<label class=\"form-label\" for=\"amount\">Montant (€)</label>",
                "<label class=\"form-label\" for=\"maxSharePercent\">Part maximale du prix (%)</label>",
                "<option value=\"\">Aucun événement</option>", ">Noël des enfants</option>",
                "for=\"target-LIST\">Une liste de salariés</label>", ">Prévisualiser</button>",
                "type=\"date\"", "value=\"ALL\" checked")
                .doesNotContain("Confirmer et distribuer");
    }

    @Test
    void a_bad_amount_or_a_non_cultural_category_on_a_culture_cheque_is_said_beside_its_field_without_calling_the_api() {
        HttpResponse<String> refused = preview(christmas("kind", "CULTURE_CHEQUE", "amount", "cinquante",
                "categories", "PARKS"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"amount-error\">Ce montant n’est pas valable",
                "id=\"categories-error\">Un chèque culture ne peut payer que des catégories culturelles",
                "value=\"cinquante\"", "value=\"Noël 2026\"");
        assertThat(checked(refused.body(), "category-PARKS")).isTrue();
        assertThat(checked(refused.body(), "category-CINEMA")).isFalse();
        assertThat(allowanceApi.received()).isEmpty();
    }

    @Test
    void the_apis_field_errors_are_shown_beside_the_matching_fields_keeping_what_was_typed() {
        HttpResponse<String> refused = preview(christmas("name", "", "validFrom", "2025-11-01", "validTo", "2025-12-31"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"name-error\">Ce champ est obligatoire.</div>",
                "id=\"validTo-error\">Cette campagne serait déjà terminée", "value=\"2025-12-31\"", "value=\"50\"");
        assertThat(checked(refused.body(), "category-ANY")).isTrue();
        assertThat(refused.body()).doesNotContain("Aperçu avant distribution");
    }

    @Test
    void the_preview_of_a_gift_cheque_warns_of_the_urssaf_threshold_and_lists_the_subject_employees() {
        allowanceApi.fund(1_000_000, "VIR-1");
        threeRecipients();

        HttpResponse<String> previewed = preview(christmas());

        assertThat(previewed.statusCode()).isEqualTo(200);
        String page = previewed.body();
        assertThat(page).contains("Aperçu avant distribution", "3 salariés", Euros.format(15_000),
                "Seuil d’exonération des chèques cadeaux en 2026 : " + THRESHOLD + " par salarié",
                "2 salariés dépasseraient le seuil URSSAF de " + THRESHOLD + " pour 2026 : " + Euros.format(44_000)
                        + " soumis à cotisations.",
                "<td>Camille Martin</td>", Euros.format(18_000), Euros.format(23_000),
                "<td>Élodie Lefèvre</td>", Euros.format(21_000), ">Confirmer et distribuer</button>",
                "value=\"Noël 2026\"")
                .doesNotContain("<td>Paul Girard</td>");
        assertThat(page.indexOf("Camille Martin")).isLessThan(page.indexOf("Élodie Lefèvre"));
        assertThat(confirmButton(page)).doesNotContain("disabled");
    }

    @Test
    void when_the_platform_does_not_know_the_years_threshold_the_preview_warns_that_the_exposure_is_unknown() {
        allowanceApi.fund(1_000_000, "VIR-1");
        threeRecipients();
        allowanceApi.thresholdUnknown();

        String page = preview(christmas("validFrom", "2027-01-04", "validTo", "2027-01-31")).body();

        assertThat(page).contains("id=\"urssaf-unknown\"", "URSSAF 2027",
                "Le seuil URSSAF de 2027 n’est pas encore connu de la plateforme : l’exposition aux cotisations ne "
                        + "peut pas être calculée. Vérifiez-la avant de confirmer.")
                .doesNotContain("Seuil d’exonération des chèques cadeaux", "Aucun salarié ne dépasse le seuil",
                        "soumis à cotisations.</p>");
        assertThat(confirmButton(page)).doesNotContain("disabled");
    }

    @Test
    void the_per_child_hint_says_which_children_count_for_each_event() {
        String page = getAsHr("/campagnes/nouvelle").body();

        assertThat(page).contains("16 ans au plus pour Noël des enfants et moins de 26 ans au 31 décembre pour la "
                + "rentrée scolaire");
    }

    @Test
    void a_gift_cheque_within_the_threshold_reassures() {
        allowanceApi.fund(1_000_000, "VIR-1");
        allowanceApi.addRecipient(102, "Paul Girard", 0);

        String page = preview(christmas()).body();

        assertThat(page).contains("Aucun salarié ne dépasse le seuil URSSAF de " + THRESHOLD + " pour 2026 : ces chèques cadeaux"
                + " sont exonérés de cotisations.").doesNotContain("alert alert-warning");
    }

    @Test
    void over_budget_the_preview_shows_the_shortfall_the_way_to_top_up_and_no_enabled_confirm_button() {
        allowanceApi.fund(10_000, "VIR-1");
        threeRecipients();

        String page = preview(christmas()).body();

        assertThat(page).contains("Il manque " + Euros.format(5_000) + " au budget pour distribuer cette campagne.",
                "href=\"/budget#virement\">Enregistrer un virement</a>", "alert alert-danger");
        assertThat(confirmButton(page)).contains("disabled");
    }

    @Test
    void confirming_the_previewed_campaign_distributes_it_and_opens_its_page_with_a_confirmation() {
        allowanceApi.fund(1_000_000, "VIR-1");
        threeRecipients();
        String fingerprint = previewed(preview(christmas()).body());

        HttpResponse<String> confirmed = postFields("HR_MANAGER", "/campagnes", christmas("previewed", fingerprint));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).matches("/campagnes/\\d+");
        String page = follow(confirmed, signedIn("HR_MANAGER")).body();
        assertThat(page).contains("Campagne « Noël 2026 » distribuée à 3 salariés (total " + Euros.format(15_000)
                + ").");
        assertThat(Pages.heading(page)).isEqualTo("Noël 2026");
        assertThat(allowanceApi.balance()).isEqualTo(1_000_000 - 15_000);
    }

    @Test
    void confirming_values_that_changed_since_the_preview_shows_the_new_preview_and_distributes_nothing() {
        allowanceApi.fund(1_000_000, "VIR-1");
        threeRecipients();
        String fingerprint = previewed(preview(christmas()).body());

        HttpResponse<String> changed = postFields("HR_MANAGER", "/campagnes",
                christmas("amount", "80", "previewed", fingerprint));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Vous avez modifié la campagne depuis l’aperçu", Euros.format(24_000));
        assertThat(allowanceApi.calls()).noneMatch(call -> call.equals("POST /api/v1/campaigns"));
    }

    @Test
    void a_budget_that_no_longer_suffices_at_confirmation_is_said_above_the_form_keeping_what_was_typed() {
        allowanceApi.fund(15_000, "VIR-1");
        threeRecipients();
        String fingerprint = previewed(preview(christmas()).body());
        allowanceApi.addRecipient(103, "Jules Bernard", 0);

        HttpResponse<String> refused = postFields("HR_MANAGER", "/campagnes", christmas("previewed", fingerprint));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Le budget ne suffit pas : il manque " + Euros.format(5_000)
                + " pour distribuer cette campagne (coût " + Euros.format(20_000) + ", budget disponible "
                + Euros.format(15_000) + ").", "href=\"/budget#virement\">Enregistrer un virement</a>",
                "value=\"Noël 2026\"");
        assertThat(allowanceApi.balance()).isEqualTo(15_000);
    }

    @Test
    void the_over_budget_refusal_reads_in_english_on_an_english_page_and_in_french_again_once_switched_back() {
        allowanceApi.fund(15_000, "VIR-1");
        threeRecipients();
        String fingerprint = previewed(preview(christmas()).body());
        allowanceApi.addRecipient(103, "Jules Bernard", 0);

        HttpResponse<String> english = postFields("HR_MANAGER", Language.ENGLISH, "/campagnes",
                christmas("previewed", fingerprint));
        HttpResponse<String> french = postFields("HR_MANAGER", Language.FRENCH, "/campagnes",
                christmas("previewed", fingerprint));

        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(english.body()).contains("The budget is not enough: " + Euros.format(5_000, Locale.ENGLISH)
                        + " is missing to distribute this campaign (cost " + Euros.format(20_000, Locale.ENGLISH)
                        + ", budget available " + Euros.format(15_000, Locale.ENGLISH) + ").",
                        "href=\"/budget#virement\">Record a transfer</a>")
                .doesNotContain("Le budget ne suffit pas", "[API");
        assertThat(french.body()).contains("Le budget ne suffit pas : il manque " + Euros.format(5_000))
                .doesNotContain("The budget is not enough");
    }

    @Test
    void a_chosen_list_is_found_by_employee_number_or_e_mail_and_an_unknown_one_is_named_beside_the_list() {
        allowanceApi.fund(1_000_000, "VIR-1");
        long camille = employeeApi.add("Camille", "Martin", "camille.martin@acme.example", "M0001", "ACTIVE").id();
        long paul = employeeApi.add("Paul", "Girard", "paul.girard@acme.example", "M0002", "ACTIVE").id();
        allowanceApi.addRecipient(camille, "Camille Martin", 0);
        allowanceApi.addRecipient(paul, "Paul Girard", 0);

        HttpResponse<String> unknown = preview(christmas("target", "LIST", "employees", "M0001\nM9999"));
        HttpResponse<String> found = preview(christmas("target", "LIST",
                "employees", "m0001\r\npaul.girard@acme.example\n"));

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("id=\"employees-error\">Salariés introuvables : M9999.");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("2 salariés");
        assertThat(allowanceApi.received()).singleElement()
                .satisfies(sent -> assertThat(sent.employeeIds()).containsExactly(camille, paul));
    }

    @Test
    void a_listed_employee_is_found_even_when_many_others_match_the_search_before_them() {
        allowanceApi.fund(1_000_000, "VIR-1");
        for (int i = 0; i < 30; i++) {
            employeeApi.add("Alex", "Abel", "alex.abel" + i + "@acme.example", "M0001" + i, "ACTIVE");
        }
        long zoe = employeeApi.add("Zoé", "Zola", "zoe.zola@acme.example", "M0001", "ACTIVE").id();
        allowanceApi.addRecipient(zoe, "Zoé Zola", 0);

        HttpResponse<String> found = preview(christmas("target", "LIST", "employees", "M0001"));

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("1 salarié").doesNotContain("introuvables");
        assertThat(allowanceApi.received()).singleElement()
                .satisfies(sent -> assertThat(sent.employeeIds()).containsExactly(zoe));
    }

    @Test
    void the_list_of_employees_in_error_is_marked_invalid_and_described_by_its_error() {
        HttpResponse<String> unknown = preview(christmas("target", "LIST", "employees", "M9999"));

        assertThat(unknown.body()).containsPattern("<textarea[^>]*id=\"employees\"[^>]*aria-describedby=\""
                + "employees-hint employees-error\"[^>]*aria-invalid=\"true\"");
    }

    /** Whether the checkbox or radio button of this id is checked. */
    private static boolean checked(String page, String id) {
        return Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*checked=\"checked\"").matcher(page).find();
    }

    private static String confirmButton(String page) {
        int at = page.indexOf("id=\"confirm-campaign\"");
        assertThat(at).as("the confirm button").isPositive();
        return page.substring(page.lastIndexOf("<button", at), page.indexOf(">", at));
    }
}
