package org.openbenefits.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.testing.Pages;

/** Platform admins set the shipping fee and its free-shipping threshold in euros; nobody else may. */
@MicronautTest
class ShippingSettingsTest extends AdminPortalTest {

    private static final String ADMIN = "PLATFORM_ADMIN";

    @Test
    void the_page_shows_the_current_settings_in_euros_in_french_and_in_english() {
        String french = pages().get("/plateforme/livraison", "Cookie", signedIn(ADMIN)).body();
        String english = pages().get("/plateforme/livraison", "Cookie",
                signedIn(ADMIN) + "; " + COOKIES.language() + "=" + Language.ENGLISH.tag()).body();

        assertThat(Pages.heading(french)).isEqualTo("Frais de port");
        assertThat(french).contains(">Frais de port (€)</label>", "value=\"4,90\"", ">Offerts à partir de (€)</label>",
                "value=\"50\"", ">Enregistrer les frais de port</button>");
        assertThat(Pages.heading(english)).isEqualTo("Shipping fee");
        assertThat(english).contains(">Shipping fee (€)</label>", ">Free from (€)</label>");
    }

    @Test
    void new_settings_are_sent_in_cents_and_said_once_saved() {
        HttpResponse<String> saved = postAs(ADMIN, "/plateforme/livraison", Map.of("fee", "5,5", "freeFrom", "60"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(follow(saved, signedIn(ADMIN)).body()).contains("Frais de port enregistrés : " + Euros.format(550)
                + ", offerts à partir de " + Euros.format(6_000) + ".", "value=\"5,50\"");
        assertThat(shippingApi.settings().feeCents()).isEqualTo(550);
        assertThat(shippingApi.settings().freeFromCents()).isEqualTo(6_000);
    }

    @Test
    void amounts_refused_by_the_portal_or_by_platform_api_are_said_beside_their_fields() {
        HttpResponse<String> unreadable = postAs(ADMIN, "/plateforme/livraison", Map.of("fee", "4,9x", "freeFrom", ""));
        HttpResponse<String> tooHigh = postFields(ADMIN, Language.ENGLISH, "/plateforme/livraison",
                List.of("fee", "2000", "freeFrom", "50"));

        assertThat(unreadable.statusCode()).isEqualTo(422);
        assertThat(unreadable.body()).contains("id=\"fee-error\"", "Ce montant n’est pas valable",
                "id=\"freeFrom-error\"", "Indiquez le montant.", "value=\"4,9x\"");
        assertThat(tooHigh.statusCode()).isEqualTo(422);
        assertThat(tooHigh.body()).contains("id=\"fee-error\"", Euros.format(100_000, Locale.ENGLISH))
                .doesNotContain("id=\"freeFrom-error\"", "[API");
        assertThat(shippingApi.settings().feeCents()).isEqualTo(490);
    }

    @Test
    void hr_managers_and_support_agents_get_the_403_page_and_reach_no_api() {
        for (String role : List.of("HR_MANAGER", "SUPPORT_AGENT")) {
            HttpResponse<String> refused = pages().get("/plateforme/livraison", "Cookie", signedIn(role));

            assertThat(refused.statusCode()).as(role).isEqualTo(403);
            assertThat(Pages.heading(refused.body())).isEqualTo("Accès refusé");
            assertThat(postAs(role, "/plateforme/livraison", Map.of("fee", "0", "freeFrom", "0")).statusCode())
                    .isEqualTo(403);
        }
        assertThat(shippingApi.calls()).isEmpty();
    }

    @Test
    void the_staff_home_leads_a_platform_admin_to_the_shipping_settings() {
        assertThat(pages().get("/plateforme", "Cookie", signedIn(ADMIN)).body())
                .contains("href=\"/plateforme/livraison\">Régler les frais de port</a>");
    }
}
