package org.openbenefits.admin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.portalcommon.testing.Pages;

/** The audit log at /journal: readable labels, Paris time, the people behind the ids, paging and the filter. */
@MicronautTest
class AuditLogTest extends AdminPortalTest {

    @Test
    void an_empty_log_says_so() {
        String page = getAsHr("/journal").body();

        assertThat(Pages.heading(page)).isEqualTo("Journal d’audit");
        assertThat(page).contains("Aucune action enregistrée").doesNotContain("<table");
    }

    @Test
    void an_hr_manager_reads_who_did_what_and_when_in_paris_time_in_words() {
        managerAndAuditApi.addManager(42, "Camille", "Martin", "camille.martin@acme.example", "ACTIVE");
        managerAndAuditApi.addEntry(new AuditEntryView(1, Instant.parse("2026-07-14T08:30:00Z"), 42L, 7L,
                "EMPLOYEE_CREATED", "employee:100", null));
        managerAndAuditApi.addEntry(new AuditEntryView(2, Instant.parse("2026-12-24T23:15:00Z"), 100L, 7L,
                "DATA_EXPORTED", "employee:100", null));
        managerAndAuditApi.addEntry(new AuditEntryView(3, Instant.parse("2026-12-25T09:00:00Z"), 42L, 7L,
                "SOMETHING_NEW", null, "champs : site"));

        String page = getAsHr("/journal").body();

        assertThat(page).contains("Salarié créé et invité", "Données personnelles téléchargées", "SOMETHING_NEW");
        assertThat(page).contains(">14/07/2026 10:30:00</time>", ">25/12/2026 00:15:00</time>",
                "datetime=\"2026-07-14T08:30:00Z\"");
        assertThat(page).contains("<td>Camille Martin</td>", "<td>Le salarié lui-même</td>",
                "href=\"/salaries/100\">Salarié n° 100</a>", "champs : site");
        assertThat(page.indexOf("SOMETHING_NEW")).isLessThan(page.indexOf("Salarié créé et invité"));
        assertThat(managerAndAuditApi.auditQueries()).containsExactly("employerId=null&page=0&size=50");
    }

    @Test
    void a_platform_admin_reads_every_employer_or_filters_one() {
        managerAndAuditApi.addEntry(new AuditEntryView(1, Instant.parse("2026-07-14T08:30:00Z"), 42L, 7L,
                "MANAGER_INVITED", "manager:43", null));
        managerAndAuditApi.addEntry(new AuditEntryView(2, Instant.parse("2026-07-15T08:30:00Z"), 51L, 8L,
                "EMPLOYEES_IMPORTED", null, "990 salariés"));

        String all = pages().get("/journal", "Cookie", signedIn("PLATFORM_ADMIN")).body();
        String one = pages().get("/journal?employeur=8", "Cookie", signedIn("PLATFORM_ADMIN")).body();

        assertThat(all).contains("<label for=\"employeur\" class=\"form-label\">N° d’entreprise</label>",
                "Gestionnaire invité", "Gestionnaire n° 43", "Compte n° 42", "Salariés importés d’un fichier CSV")
                .doesNotContain("href=\"/salaries/");
        assertThat(one).contains("Salariés importés d’un fichier CSV", "value=\"8\"").doesNotContain("Gestionnaire invité");
        assertThat(managerAndAuditApi.auditQueries()).containsExactly("employerId=null&page=0&size=50",
                "employerId=8&page=0&size=50");
    }

    @Test
    void budget_and_campaign_actions_read_in_words_and_the_campaign_links_to_its_page() {
        managerAndAuditApi.addManager(42, "Camille", "Martin", "camille.martin@acme.example", "ACTIVE");
        managerAndAuditApi.addEntry(new AuditEntryView(1, Instant.parse("2026-11-02T08:00:00Z"), 42L, 7L,
                "TOP_UP_RECORDED", "top-up:5", null));
        managerAndAuditApi.addEntry(new AuditEntryView(2, Instant.parse("2026-11-02T09:00:00Z"), 1L, 7L,
                "TOP_UP_CONFIRMED", "top-up:5", null));
        managerAndAuditApi.addEntry(new AuditEntryView(3, Instant.parse("2026-11-02T10:00:00Z"), 42L, 7L,
                "CAMPAIGN_CONFIRMED", "campaign:12", null));
        managerAndAuditApi.addEntry(new AuditEntryView(4, Instant.parse("2026-11-02T11:00:00Z"), 42L, 7L,
                "GRANT_REVOKED", "grant:300", null));

        String page = getAsHr("/journal").body();

        assertThat(page).contains("Virement enregistré pour le budget", "Virement confirmé : budget crédité",
                "Campagne confirmée et distribuée", "Dotation révoquée", "Virement n° 5", "Dotation n° 300",
                "href=\"/campagnes/12\">Campagne n° 12</a>");
    }

    @Test
    void a_long_log_is_paged() {
        for (int n = 1; n <= 60; n++) {
            managerAndAuditApi.addEntry(new AuditEntryView(n, Instant.parse("2026-07-14T08:30:00Z").plusSeconds(n),
                    42L, 7L, "EMPLOYEE_EDITED", "employee:" + n, null));
        }

        String second = getAsHr("/journal?page=2").body();

        assertThat(second).contains("Page 2 sur 2", "href=\"/journal?page=1\"", "Salarié n° 10<");
        assertThat(managerAndAuditApi.auditQueries()).containsExactly("employerId=null&page=1&size=50");
    }

    @Test
    void the_labels_speak_english_once_english_is_chosen() {
        managerAndAuditApi.addEntry(new AuditEntryView(1, Instant.parse("2026-07-14T08:30:00Z"), 42L, 7L,
                "INVITATION_RESENT", "employee:100", null));

        String page = pages().get("/journal", "Cookie", signedIn("HR_MANAGER") + "; " + COOKIES.language() + "=en").body();

        assertThat(Pages.heading(page)).isEqualTo("Audit log");
        assertThat(page).contains("Invitation re-sent", "Employee no. 100", "Date (Paris time)");
    }
}
