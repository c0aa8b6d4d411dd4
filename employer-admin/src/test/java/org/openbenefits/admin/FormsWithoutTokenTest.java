package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.Pages;

/** Every form of the portal is refused without its anti-forgery token, before platform-api is called. */
@MicronautTest
class FormsWithoutTokenTest extends AdminPortalTest {

    private static final Map<String, String> EMPLOYEE = Map.of("firstName", "Camille", "lastName", "Martin",
            "workEmail", "camille.martin@acme.example", "employeeNumber", "M0001");

    @Test
    void a_form_posted_without_its_token_gets_the_expired_page_and_changes_nothing() {
        long id = employeeApi.add("Paul", "Girard", "paul.girard@acme.example", "M0002", "INVITED").id();

        for (String path : new String[] {"/salaries/nouveau", "/salaries/" + id, "/salaries/" + id + "/desactivation",
                "/salaries/" + id + "/reactivation", "/salaries/" + id + "/invitation", "/salaries/import",
                "/gestionnaires"}) {
            HttpResponse<String> refused = pages().post(path, EMPLOYEE, "Cookie", signedIn("HR_MANAGER"));

            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(Pages.heading(refused.body())).isEqualTo("Cette page a expiré");
        }
        assertThat(employeeApi.calls()).isEmpty();
        assertThat(employeeApi.received()).isEmpty();
    }

    @Test
    void the_budget_campaign_and_platform_forms_posted_without_their_token_get_the_expired_page_and_call_nothing() {
        Map<String, String> form = Map.of("amount", "5000", "reference", "VIR-1", "kind", "GIFT_CHEQUE",
                "name", "Noël", "categories", "*", "target", "ALL");
        Map<String, String[]> byRole = Map.of(
                "HR_MANAGER", new String[] {"/budget/virements", "/campagnes/apercu", "/campagnes",
                        "/campagnes/300/dotations/301/revocation"},
                "PLATFORM_ADMIN", new String[] {"/plateforme/virements/1/confirmation",
                        "/plateforme/virements/1/rejection", "/plateforme/grand-livre"});
        byRole.forEach((role, paths) -> {
            for (String path : paths) {
                HttpResponse<String> refused = pages().post(path, form, "Cookie", signedIn(role));

                assertThat(refused.statusCode()).as(path).isEqualTo(403);
                assertThat(Pages.heading(refused.body())).isEqualTo("Cette page a expiré");
            }
        });
        assertThat(allowanceApi.calls()).isEmpty();
        assertThat(employeeApi.calls()).isEmpty();
    }

    @Test
    void the_catalogue_forms_posted_without_their_token_get_the_expired_page_and_call_nothing() {
        long id = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 40).id();
        Map<String, String> offer = Map.of("title", "Cinéma Pathé", "description", "Une place", "category", "CINEMA",
                "delivery", "E_TICKET", "publicPrice", "12,50", "employeePrice", "9,50", "published", "true");

        for (String path : new String[] {"/plateforme/offres", "/plateforme/offres/" + id,
                "/plateforme/offres/" + id + "/publication", "/plateforme/offres/" + id + "/retrait",
                "/plateforme/offres/" + id + "/stock", "/plateforme/livraison"}) {
            HttpResponse<String> refused = pages().post(path, offer, "Cookie", signedIn("PLATFORM_ADMIN"));

            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(Pages.heading(refused.body())).isEqualTo("Cette page a expiré");
        }
        assertThat(catalogueApi.calls()).isEmpty();
        assertThat(catalogueApi.received()).isEmpty();
        assertThat(shippingApi.calls()).isEmpty();
    }

    @Test
    void a_form_posted_with_another_token_than_its_cookie_is_refused() {
        Map<String, String> form = new java.util.HashMap<>(EMPLOYEE);
        form.put("csrfToken", "another-token-of-forty-three-characters-000");

        HttpResponse<String> refused = pages().post("/salaries/nouveau", form, "Cookie", signedIn("HR_MANAGER"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(employeeApi.received()).isEmpty();
    }

    @Test
    void a_file_uploaded_without_the_token_in_the_address_is_refused() {
        HttpResponse<String> refused = upload("/salaries/import/apercu", "fichier", "salaries.csv",
                "prenom;nom;email;matricule\n".getBytes(StandardCharsets.UTF_8), signedIn("HR_MANAGER"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(importApi.imported()).isEmpty();
    }
}
