package org.openbenefits.admin.employees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.admin.fake.FakeImportApi;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.portalcommon.testing.Pages;

/** The CSV import: the template, the preview before anything is written, then the import and its progress. */
@MicronautTest
class EmployeeImportTest extends AdminPortalTest {

    private static final String FILE = "prenom;nom;email;matricule;service;site\r\n"
            + "Élodie;Lefèvre;elodie.lefevre@acme.example;M0001;Comptabilité;Lyon\r\n"
            + "Paul;Girard;paul.girard.acme.example;M0002;;Paris\r\n"
            + "François;Nguyễn;francois.nguyen@acme.example;M0003;;\r\n"
            + ";Roux;lea.roux@acme.example;M0004;;\r\n";
    private static final Pattern CARRIED = Pattern.compile("name=\"fichier\" value=\"([^\"]+)\"");

    @Test
    void the_import_page_explains_the_format_and_uploads_with_the_token_in_its_address() {
        String page = getAsHr("/salaries/import").body();

        assertThat(Pages.heading(page)).isEqualTo("Importer des salariés");
        assertThat(page).contains("prenom, nom, email", "point-virgule (;) ou la virgule (,)", "UTF-8", "10 Mo",
                "href=\"/salaries/import/modele\"", "Télécharger le modèle",
                "enctype=\"multipart/form-data\"", "action=\"/salaries/import/apercu?csrfToken=" + CSRF + "\"",
                "<label class=\"form-label\" for=\"fichier\">Fichier CSV</label>");
    }

    @Test
    void the_template_downloads_as_a_csv_attachment() {
        HttpResponse<String> template = getAsHr("/salaries/import/modele", "Accept", "*/*");

        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(template.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"modele-import-salaries.csv\"");
        assertThat(template.body()).isEqualTo("\uFEFF" + FakeImportApi.TEMPLATE);
    }

    @Test
    void the_preview_counts_the_lines_and_lists_every_error_before_anything_is_written() {
        HttpResponse<String> preview = uploadAsHr(FILE.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.statusCode()).isEqualTo(200);
        String page = preview.body();
        assertThat(Pages.heading(page)).isEqualTo("Vérification du fichier");
        assertThat(page).containsPattern(">4</strong>\\s*<span>lignes lues</span>")
                .containsPattern(">2</strong>\\s*<span>lignes valides</span>")
                .containsPattern(">2</strong>\\s*<span>lignes en erreur</span>");
        assertThat(page).containsPattern("<td>3</td>\\s*<td><code>email</code></td>\\s*<td>Cette adresse e-mail n’est pas valide")
                .containsPattern("<td>5</td>\\s*<td><code>prenom</code></td>\\s*<td>Ce champ est obligatoire.</td>")
                .doesNotContain("[API");
        assertThat(page).contains("Importer les 2 lignes valides", "Fichier : salaries.csv");
        assertThat(importApi.imported()).isEmpty();
    }

    @Test
    void the_error_of_each_line_reads_in_the_language_of_the_page() {
        HttpResponse<String> preview = upload("/salaries/import/apercu?csrfToken=" + CSRF, "fichier", "salaries.csv",
                FILE.getBytes(StandardCharsets.UTF_8), signedIn("HR_MANAGER") + "; " + COOKIES.language() + "=en");

        assertThat(preview.body())
                .containsPattern("<td>3</td>\\s*<td><code>email</code></td>\\s*<td>This e-mail address is not valid")
                .containsPattern("<td>5</td>\\s*<td><code>prenom</code></td>\\s*<td>This field is required.</td>");
    }

    @Test
    void a_file_without_the_required_columns_comes_back_with_the_reason_beside_the_file_field() {
        HttpResponse<String> refused = uploadAsHr("nom,email\nMartin,camille@acme.example\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"fichier-error\">Colonnes manquantes dans la première ligne : prenom, "
                + "nom, email, matricule. Partez du modèle : prenom;nom;email;matricule;service;site.");
    }

    @Test
    void no_file_chosen_is_said_beside_the_file_field() {
        HttpResponse<String> refused = uploadAsHr(new byte[0]);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"fichier-error\">Choisissez le fichier CSV à importer.</div>");
    }

    @Test
    void a_file_above_the_upload_limit_is_refused_with_a_french_explanation() {
        byte[] large = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'a');

        HttpResponse<String> refused = uploadAsHr(large);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Ce fichier dépasse la taille maximale de 10 Mo");
        assertThat(importApi.imported()).isEmpty();
    }

    @Test
    void a_file_with_more_lines_than_an_import_takes_is_refused_beside_the_file_field_in_the_pages_language() {
        importApi.limits(10L * 1024 * 1024, 1_000);
        byte[] file = lines(1_200, false);

        HttpResponse<String> french = uploadAsHr(file);
        HttpResponse<String> english = upload("/salaries/import/apercu?csrfToken=" + CSRF, "fichier", "salaries.csv",
                file, signedIn("HR_MANAGER") + "; " + COOKIES.language() + "=en");

        assertThat(french.statusCode()).isEqualTo(422);
        assertThat(french.body()).contains("id=\"fichier-error\">Ce fichier compte 1\u202f200 lignes de salariés ; "
                + "un import en prend 1\u202f000 au plus.");
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("id=\"fichier-error\">This file has 1,200 employee lines; an import takes "
                + "1,000 at most.");
        assertThat(importApi.imported()).isEmpty();
    }

    @Test
    void a_file_larger_than_platform_api_takes_is_refused_beside_the_file_field_with_its_limit() {
        importApi.limits(1024 * 1024, 100_000);
        byte[] file = lines(20_000, false);
        assertThat(file.length).isGreaterThan(1024 * 1024);

        HttpResponse<String> refused = uploadAsHr(file);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"fichier-error\">Ce fichier dépasse la taille maximale de 1 Mo.");
    }

    @Test
    void a_report_with_more_errors_than_listed_says_how_many_there_are_and_that_the_first_1000_are_listed() {
        byte[] file = lines(1_200, true);

        String preview = uploadAsHr(file).body();
        String previewInEnglish = upload("/salaries/import/apercu?csrfToken=" + CSRF, "fichier", "salaries.csv", file,
                signedIn("HR_MANAGER") + "; " + COOKIES.language() + "=en").body();

        assertThat(preview).contains("1\u202f200 erreurs au total ; les 1\u202f000 premières sont listées ci-dessous.");
        assertThat(Pattern.compile("<tr>\\s*<td>").matcher(preview).results().count()).isEqualTo(1_000);
        assertThat(previewInEnglish).contains("1,200 errors in all; the first 1,000 are listed below.");
    }

    @Test
    void the_final_report_of_an_import_with_more_errors_than_listed_says_so_too() {
        // 1,200 bad lines and one good one, so that there is something to import
        byte[] file = (new String(lines(1_200, true), StandardCharsets.UTF_8) + "Léa;Bonne;lea@acme.example;G1;;\r\n")
                .getBytes(StandardCharsets.UTF_8);
        postAsHr("/salaries/import", Map.of("fichier", carried(uploadAsHr(file).body())));
        getAsHr("/salaries/import/40/avancement", "HX-Request", "true");

        String done = getAsHr("/salaries/import/40/avancement", "HX-Request", "true").body();

        assertThat(done).contains("Import terminé", "Salariés créés : 1",
                "1\u202f200 erreurs au total ; les 1\u202f000 premières sont listées ci-dessous.");
    }

    @Test
    void importing_sends_the_previewed_file_byte_for_byte_and_leads_to_the_progress_page() {
        byte[] file = FILE.getBytes(StandardCharsets.UTF_8);
        String carried = carried(uploadAsHr(file).body());

        HttpResponse<String> started = postAsHr("/salaries/import", Map.of("fichier", carried, "fileName", "salaries.csv"));

        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location")).contains("/salaries/import/40");
        assertThat(importApi.imported()).singleElement().isEqualTo(file);
    }

    @Test
    void the_progress_fragment_polls_while_the_import_runs_then_shows_the_final_report() {
        postAsHr("/salaries/import", Map.of("fichier", carried(uploadAsHr(FILE.getBytes(StandardCharsets.UTF_8)).body())));

        String running = getAsHr("/salaries/import/40/avancement", "HX-Request", "true").body();
        String done = getAsHr("/salaries/import/40/avancement", "HX-Request", "true").body();

        assertThat(running).doesNotContain("<html").contains("hx-get=\"/salaries/import/40/avancement\"",
                "hx-trigger=\"load delay:500ms\"", "aria-label=\"Avancement de l’import\"", "max=\"4\"", "value=\"2\"",
                "Lignes traitées : 2 sur 4");
        assertThat(done).doesNotContain("hx-get", "<progress").contains("Import terminé", "Salariés créés : 2",
                "Invitations envoyées : 2", "Lignes écartées : 2", "href=\"/salaries\"");
    }

    @Test
    void the_import_page_frames_the_progress_in_a_live_region() {
        postAsHr("/salaries/import", Map.of("fichier", carried(uploadAsHr(FILE.getBytes(StandardCharsets.UTF_8)).body())));

        HttpResponse<String> page = getAsHr("/salaries/import/40");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(page.body())).isEqualTo("Import des salariés");
        assertThat(page.body()).contains("aria-live=\"polite\"", "<progress", "Actualiser");
    }

    @Test
    void when_platform_api_is_too_busy_to_import_the_preview_comes_back_with_the_reason() {
        String carried = carried(uploadAsHr(FILE.getBytes(StandardCharsets.UTF_8)).body());
        importApi.busy();

        HttpResponse<String> refused = postAsHr("/salaries/import", Map.of("fichier", carried, "fileName", "salaries.csv"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Trop d’imports sont en cours en ce moment : réessayez dans 30 secondes.",
                "Importer les 2 lignes valides", "name=\"fichier\" value=\"" + carried + "\"");
        assertThat(importApi.imported()).isEmpty();
    }

    @Test
    void an_import_interrupted_by_a_restart_says_so_and_that_nobody_was_created_and_offers_to_start_again() {
        postAsHr("/salaries/import", Map.of("fichier", carried(uploadAsHr(FILE.getBytes(StandardCharsets.UTF_8)).body())));
        importApi.failing();

        String failed = getAsHr("/salaries/import/40/avancement", "HX-Request", "true").body();
        String inEnglish = pages().get("/salaries/import/40/avancement", "HX-Request", "true",
                "Cookie", signedIn("HR_MANAGER") + "; " + COOKIES.language() + "=en").body();

        assertThat(failed).doesNotContain("hx-get").contains("L’import a échoué",
                "L’import a été interrompu : le service qui le traitait s’est arrêté (redémarrage ou panne) avant la fin.",
                "Aucun salarié n’a été créé", "href=\"/salaries/import\"");
        assertThat(inEnglish).contains("The import failed", "The import was interrupted: the service running it "
                + "stopped (a restart or an outage) before the end.", "No employee was created");
    }

    @Test
    void each_reason_of_a_failed_import_reads_in_the_pages_words_and_an_old_one_in_platform_apis() {
        postAsHr("/salaries/import", Map.of("fichier", carried(uploadAsHr(FILE.getBytes(StandardCharsets.UTF_8)).body())));

        importApi.failingWith(ImportJobView.ERROR);
        String error = getAsHr("/salaries/import/40/avancement", "HX-Request", "true").body();
        importApi.failingWith(ImportJobView.BUSY);
        String busy = getAsHr("/salaries/import/40/avancement", "HX-Request", "true").body();
        importApi.failingWith(null);
        String old = getAsHr("/salaries/import/40/avancement", "HX-Request", "true").body();

        assertThat(error).contains("L’import a échoué sur une erreur inattendue.");
        assertThat(busy).contains("L’import n’a pas démarré : trop d’imports attendaient déjà leur tour.");
        assertThat(old).contains("le serveur a redémarré");
    }

    @Test
    void an_unknown_import_is_the_404_page() {
        assertThat(getAsHr("/salaries/import/12345").statusCode()).isEqualTo(404);
    }

    @Test
    void a_tampered_file_field_asks_for_the_file_again() {
        HttpResponse<String> refused = postAsHr("/salaries/import", Map.of("fichier", "not-a-file"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Le fichier vérifié n’a pas été retrouvé : choisissez-le à nouveau.");
        assertThat(importApi.imported()).isEmpty();
    }

    @Test
    void a_10000_line_file_fits_the_upload_and_the_carried_field() {
        StringBuilder csv = new StringBuilder("prenom;nom;email;matricule;service;site\r\n");
        for (int n = 1; n <= 10_000; n++) {
            csv.append("Prénom").append(n).append(";Nom-de-famille").append(n).append(";salarie.numero").append(n)
                    .append("@entreprise-cliente.example;MAT").append(n).append(";Service comptabilité;Site de Lyon\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(900_000);

        String preview = uploadAsHr(file).body();
        HttpResponse<String> started = postAsHr("/salaries/import", Map.of("fichier", carried(preview)));

        assertThat(preview).contains("Importer les 10000 lignes valides");
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(importApi.imported()).singleElement().isEqualTo(file);
    }

    /** {@code count} lines of employees of ACME, each missing its first name if {@code bad}. */
    private static byte[] lines(int count, boolean bad) {
        StringBuilder csv = new StringBuilder("prenom;nom;email;matricule;service;site\r\n");
        for (int n = 1; n <= count; n++) {
            csv.append(bad ? "" : "Prénom").append(";Nom-").append(n).append(";salarie").append(n)
                    .append("@acme.example;MAT").append(n).append(";Service comptabilité;Site de Lyon\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> uploadAsHr(byte[] file) {
        return upload("/salaries/import/apercu?csrfToken=" + CSRF, "fichier", "salaries.csv", file, signedIn("HR_MANAGER"));
    }

    private static String carried(String previewPage) {
        Matcher field = CARRIED.matcher(previewPage);
        assertThat(field.find()).as("the preview carries the file").isTrue();
        return field.group(1);
    }
}
