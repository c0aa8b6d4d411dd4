package org.openbenefits.admin.managers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.admin.fake.FakeEmployeeApi;
import org.openbenefits.portalcommon.testing.Pages;

/** The employer's HR managers at /gestionnaires, and inviting another one. */
@MicronautTest
class ManagersTest extends AdminPortalTest {

    @Test
    void the_page_lists_the_managers_with_their_status_beside_the_invitation_form() {
        managerAndAuditApi.addManager(42, "Camille", "Martin", "camille.martin@acme.example", "ACTIVE");
        managerAndAuditApi.addManager(43, "Alex", "Durand", "alex.durand@acme.example", "INVITED");

        String page = getAsHr("/gestionnaires").body();

        assertThat(Pages.heading(page)).isEqualTo("Gestionnaires");
        assertThat(page).contains("Martin Camille", "camille.martin@acme.example", ">Compte actif</span>",
                "Durand Alex", ">Invitation en attente</span>", "Inviter un gestionnaire",
                "<label class=\"form-label\" for=\"email\">E-mail professionnel</label>");
    }

    @Test
    void inviting_a_manager_returns_to_the_list_with_a_confirmation() {
        HttpResponse<String> invited = postAsHr("/gestionnaires",
                Map.of("firstName", "Alex", "lastName", "Durand", "email", "alex.durand@acme.example"));

        assertThat(invited.statusCode()).isEqualTo(303);
        assertThat(invited.headers().firstValue("Location")).contains("/gestionnaires");
        String page = follow(invited, signedIn("HR_MANAGER")).body();
        assertThat(page).contains("class=\"alert alert-success flash\" role=\"status\">Invitation envoyée",
                "alex.durand@acme.example", ">Invitation en attente</span>");
    }

    @Test
    void an_address_in_use_or_a_missing_name_is_said_beside_its_field_keeping_what_was_typed() {
        String taken = postAsHr("/gestionnaires", Map.of("firstName", "Alex", "lastName", "Durand",
                "email", FakeEmployeeApi.TAKEN_EMAIL)).body();
        HttpResponse<String> incomplete = postAsHr("/gestionnaires",
                Map.of("firstName", "", "lastName", "Durand", "email", "alex.durand@acme.example"));

        assertThat(taken).contains("id=\"email-error\">Cette adresse e-mail est déjà utilisée par un autre compte",
                "value=\"Alex\"", "value=\"Durand\"");
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.body()).contains("id=\"firstName-error\">Ce champ est obligatoire.</div>",
                "value=\"alex.durand@acme.example\"");
    }
}
