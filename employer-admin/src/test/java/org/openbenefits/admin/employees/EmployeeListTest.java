package org.openbenefits.admin.employees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.portalcommon.testing.Pages;

/** The employer's employees at /salaries: empty state, list, statuses, search and pages. */
@MicronautTest
class EmployeeListTest extends AdminPortalTest {

    @Test
    void an_employer_without_employees_is_invited_to_create_or_import_them() {
        HttpResponse<String> list = getAsHr("/salaries");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(list.body())).isEqualTo("Salariés");
        assertThat(list.body()).contains("Aucun salarié pour l’instant", "href=\"/salaries/nouveau\"",
                "href=\"/salaries/import\"").doesNotContain("<table");
    }

    @Test
    void a_session_the_api_no_longer_accepts_ends_and_sends_the_person_to_sign_in_again() {
        employeeApi.refuseTheSession();

        HttpResponse<String> asked = getAsHr("/salaries?q=martin");

        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).contains("/connexion?retour=%2Fsalaries%3Fq%3Dmartin");
        assertThat(asked.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith(COOKIES.session() + "=;").contains("Max-Age=0"));
    }

    @Test
    void the_list_shows_each_employee_with_a_link_to_the_profile_and_a_status_badge() {
        employeeApi.add("Camille", "Martin", "camille.martin@acme.example", "M0001", "ACTIVE");
        employeeApi.add("Paul", "Girard", "paul.girard@acme.example", "M0002", "INVITED");
        employeeApi.add("Léa", "Roux", "lea.roux@acme.example", "M0003", "DEACTIVATED");
        employeeApi.add("Anonyme", "Anonyme", "supprime-103@invalid", "SUPPRIME-103", "DELETED");

        String list = getAsHr("/salaries").body();

        assertThat(list).contains("Nombre de salariés : 4", "href=\"/salaries/100\">Martin Camille</a>",
                "camille.martin@acme.example", "M0001", "Comptabilité", "Lyon");
        assertThat(list).contains(">Compte actif</span>", ">Invitation en attente</span>", ">Compte désactivé</span>",
                ">Compte supprimé</span>");
        assertThat(employeeApi.calls()).containsExactly("GET /api/v1/employees?page=0&size=25 bearer");
    }

    @Test
    void the_search_goes_to_platform_api_and_says_when_nobody_matches() {
        employeeApi.add("Camille", "Martin", "camille.martin@acme.example", "M0001", "ACTIVE");

        String found = getAsHr("/salaries?q=M0001").body();
        String none = getAsHr("/salaries?q=Dupont").body();

        assertThat(found).contains("Martin Camille", "value=\"M0001\"");
        assertThat(none).contains("Aucun salarié ne correspond à « Dupont ».", "value=\"Dupont\"")
                .doesNotContain("Aucun salarié pour l’instant");
        assertThat(employeeApi.calls()).contains("GET /api/v1/employees?q=M0001&page=0&size=25 bearer",
                "GET /api/v1/employees?q=Dupont&page=0&size=25 bearer");
    }

    @Test
    void a_long_list_is_paged_and_the_pages_keep_the_search() {
        for (int n = 1; n <= 30; n++) {
            employeeApi.add("Prénom" + n, "Martin", "p" + n + "@acme.example", "M" + n, "ACTIVE");
        }

        String first = getAsHr("/salaries?q=martin").body();
        String second = getAsHr("/salaries?q=martin&page=2").body();

        assertThat(first).contains("Page 1 sur 2", "href=\"/salaries?page=2&amp;q=martin\"")
                .doesNotContain("Page précédente");
        assertThat(second).contains("Page 2 sur 2", "href=\"/salaries?page=1&amp;q=martin\"")
                .doesNotContain("Page suivante");
        assertThat(employeeApi.calls()).contains("GET /api/v1/employees?q=martin&page=1&size=25 bearer");
    }
}
