package org.openbenefits.admin.employees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.admin.fake.FakeEmployeeApi;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.portalcommon.testing.Pages;

/** "Nouveau salarié" and an employee's page: creating, editing, and the errors platform-api finds. */
@MicronautTest
class EmployeeProfileTest extends AdminPortalTest {

    @Test
    void the_new_employee_form_labels_every_field() {
        String form = getAsHr("/salaries/nouveau").body();

        assertThat(Pages.heading(form)).isEqualTo("Nouveau salarié");
        for (String field : new String[] {"firstName", "lastName", "workEmail", "employeeNumber", "department", "site",
                "line1", "line2", "postalCode", "city", "childFirstName0", "childBirthDate0"}) {
            assertThat(form).contains("<label class=\"form-label\" for=\"" + field + "\"", "id=\"" + field + "\"");
        }
        assertThat(form).contains("Prénom de l’enfant 1", "Ajouter un enfant", "Créer et envoyer l’invitation");
    }

    @Test
    void creating_an_employee_sends_the_profile_and_shows_the_invitation_on_the_new_profile() {
        Map<String, String> form = camille();
        form.put("department", "Comptabilité");
        form.put("line1", "12 rue des Lilas");
        form.put("postalCode", "69003");
        form.put("city", "Lyon");
        form.put("childRows", "2");
        form.put("childFirstName0", "Jules");
        form.put("childBirthDate0", "2016-04-30");

        HttpResponse<String> created = postAsHr("/salaries/nouveau", form);

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).contains("/salaries/100");
        EmployeeRequest sent = employeeApi.received().getFirst();
        assertThat(sent.workEmail()).isEqualTo("camille.martin@acme.example");
        assertThat(sent.site()).isNull();
        assertThat(sent.address()).isEqualTo(new EmployeeRequest.PostalAddress("12 rue des Lilas", null, "69003", "Lyon"));
        assertThat(sent.children()).containsExactly(new EmployeeRequest.Child("Jules", LocalDate.of(2016, 4, 30)));

        String profile = follow(created, signedIn("HR_MANAGER")).body();
        assertThat(profile).contains("class=\"alert alert-success flash\" role=\"status\">Invitation envoyée à "
                        + "camille.martin@acme.example : le salarié a 7 jours pour activer son compte.",
                "camille.martin@acme.example · matricule M0001", ">Invitation en attente</span>", "Renvoyer l’invitation");
        assertThat(Pages.heading(profile)).isEqualTo("Camille Martin");
    }

    @Test
    void a_field_platform_api_refuses_shows_its_error_beside_it_and_keeps_what_was_typed() {
        Map<String, String> form = camille();
        form.put("lastName", "");
        form.put("childFirstName0", "Jules");
        form.put("childBirthDate0", "2016-04-30");

        HttpResponse<String> refused = postAsHr("/salaries/nouveau", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"lastName-error\">Ce champ est obligatoire.</div>",
                "value=\"Camille\"", "value=\"camille.martin@acme.example\"", "value=\"M0001\"", "value=\"Jules\"",
                "value=\"2016-04-30\"").doesNotContain("firstName-error");
        assertThat(refused.body()).containsPattern("id=\"lastName\"[^>]*aria-describedby=\"lastName-error\"");
    }

    @Test
    void an_email_or_an_employee_number_already_in_use_is_said_beside_its_field() {
        employeeApi.add("Paul", "Girard", "paul.girard@acme.example", "M0002", "ACTIVE");
        Map<String, String> takenEmail = camille();
        takenEmail.put("workEmail", FakeEmployeeApi.TAKEN_EMAIL);
        Map<String, String> takenNumber = camille();
        takenNumber.put("employeeNumber", "M0002");

        String emailRefused = postAsHr("/salaries/nouveau", takenEmail).body();
        String numberRefused = postAsHr("/salaries/nouveau", takenNumber).body();

        assertThat(emailRefused).contains("id=\"workEmail-error\">Cette adresse e-mail est déjà utilisée par un autre compte",
                "value=\"" + FakeEmployeeApi.TAKEN_EMAIL + "\"");
        assertThat(numberRefused).contains("id=\"employeeNumber-error\">Ce matricule est déjà celui d’un autre salarié",
                "value=\"M0002\"");
    }

    @Test
    void a_child_without_birth_date_or_born_tomorrow_is_refused_by_the_portal_beside_its_row() {
        Map<String, String> form = camille();
        form.put("childRows", "2");
        form.put("childFirstName0", "Jules");
        form.put("childBirthDate1", LocalDate.now().plusDays(2).toString());

        HttpResponse<String> refused = postAsHr("/salaries/nouveau", form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"childBirthDate0-error\">Indiquez la date de naissance de l’enfant.</div>",
                "id=\"childFirstName1-error\">Indiquez le prénom de l’enfant.</div>",
                "id=\"childBirthDate1-error\">La date de naissance ne peut pas être dans le futur.</div>");
        assertThat(employeeApi.received()).isEmpty();
    }

    @Test
    void adding_a_child_shows_one_more_row_and_keeps_the_form_without_calling_platform_api() {
        Map<String, String> form = camille();
        form.put("childFirstName0", "Jules");
        form.put("ajouter", "enfant");

        HttpResponse<String> more = postAsHr("/salaries/nouveau", form);

        assertThat(more.statusCode()).isEqualTo(200);
        assertThat(more.body()).contains("for=\"childFirstName1\"", "Prénom de l’enfant 2", "value=\"Jules\"",
                "name=\"childRows\" value=\"2\"", "value=\"Camille\"");
        assertThat(employeeApi.received()).isEmpty();
    }

    @Test
    void an_employees_page_shows_the_stored_profile_in_the_form_and_saves_changes() {
        long id = employeeApi.add("Camille", "Martin", "camille.martin@acme.example", "M0001", "ACTIVE").id();

        String page = getAsHr("/salaries/" + id).body();
        Map<String, String> form = camille();
        form.put("site", "Paris");
        HttpResponse<String> saved = postAsHr("/salaries/" + id, form);

        assertThat(page).contains("value=\"Comptabilité\"", "value=\"Lyon\"", "action=\"/salaries/" + id + "\"",
                "Enregistrer les modifications", "Désactiver le compte").doesNotContain("Renvoyer l’invitation");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(follow(saved, signedIn("HR_MANAGER")).body()).contains("Modifications enregistrées.", "value=\"Paris\"");
    }

    @Test
    void another_employers_employee_is_the_404_page() {
        HttpResponse<String> page = getAsHr("/salaries/" + FakeEmployeeApi.OTHER_EMPLOYERS_EMPLOYEE);
        HttpResponse<String> save = postAsHr("/salaries/" + FakeEmployeeApi.OTHER_EMPLOYERS_EMPLOYEE, camille());
        HttpResponse<String> deactivate = postAsHr("/salaries/" + FakeEmployeeApi.OTHER_EMPLOYERS_EMPLOYEE + "/desactivation", Map.of());

        for (HttpResponse<String> answer : java.util.List.of(page, save, deactivate)) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(Pages.heading(answer.body())).isEqualTo("Page introuvable");
        }
    }

    @Test
    void deactivating_asks_for_confirmation_then_deactivates_and_offers_reactivation() {
        long id = employeeApi.add("Camille", "Martin", "camille.martin@acme.example", "M0001", "ACTIVE").id();

        String confirmation = getAsHr("/salaries/" + id + "/desactivation").body();
        HttpResponse<String> done = postAsHr("/salaries/" + id + "/desactivation", Map.of());

        assertThat(Pages.heading(confirmation)).isEqualTo("Désactiver le compte de Camille Martin ?");
        assertThat(confirmation).contains("action=\"/salaries/" + id + "/desactivation\"", "Oui, désactiver le compte", "Annuler");
        assertThat(done.statusCode()).isEqualTo(303);
        String profile = follow(done, signedIn("HR_MANAGER")).body();
        assertThat(profile).contains("Compte désactivé : cette personne ne peut plus se connecter.",
                "href=\"/salaries/" + id + "/reactivation\"");
        assertThat(employeeApi.calls()).contains("POST /api/v1/employees/" + id + "/deactivation bearer");
    }

    @Test
    void the_invitation_is_resent_only_while_the_account_is_not_activated() {
        long invited = employeeApi.add("Paul", "Girard", "paul.girard@acme.example", "M0002", "INVITED").id();
        long active = employeeApi.add("Camille", "Martin", "camille.martin@acme.example", "M0001", "ACTIVE").id();

        HttpResponse<String> resent = postAsHr("/salaries/" + invited + "/invitation", Map.of());
        HttpResponse<String> refused = postAsHr("/salaries/" + active + "/invitation", Map.of());

        assertThat(follow(resent, signedIn("HR_MANAGER")).body()).contains("Nouvelle invitation envoyée");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Cette personne a déjà activé son compte", "Retour à la fiche du salarié");
    }

    @Test
    void beyond_three_re_sends_an_hour_hr_is_told_in_french_or_english_how_long_to_wait() {
        long invited = employeeApi.add("Paul", "Girard", "paul.girard@acme.example", "M0002", "INVITED").id();
        for (int i = 0; i < 3; i++) {
            assertThat(postAsHr("/salaries/" + invited + "/invitation", Map.of()).statusCode()).isEqualTo(303);
        }

        HttpResponse<String> french = postAsHr("/salaries/" + invited + "/invitation", Map.of());
        HttpResponse<String> english = pages().post("/salaries/" + invited + "/invitation", Map.of("csrfToken", CSRF),
                "Cookie", signedIn("HR_MANAGER") + "; " + COOKIES.language() + "=en");

        assertThat(french.statusCode()).isEqualTo(429);
        assertThat(french.body()).contains("L’invitation a déjà été renvoyée plusieurs fois à cette personne dans "
                + "l’heure", "réessayez dans 60 min", "Annuler");
        assertThat(english.statusCode()).isEqualTo(429);
        assertThat(english.body()).contains("The invitation was already re-sent to this person several times within "
                + "the hour", "try again in 60 min");
    }

    @Test
    void the_profile_form_speaks_english_once_english_is_chosen() {
        String form = pages().get("/salaries/nouveau", "Cookie", signedIn("HR_MANAGER") + "; " + COOKIES.language() + "=en").body();

        assertThat(Pages.heading(form)).isEqualTo("New employee");
        assertThat(form).contains("Work e-mail", "First name of child 1", "Create and send the invitation");
    }

    private static Map<String, String> camille() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("firstName", "Camille");
        form.put("lastName", "Martin");
        form.put("workEmail", "camille.martin@acme.example");
        form.put("employeeNumber", "M0001");
        form.put("childRows", "1");
        return form;
    }
}
