package org.openbenefits.portal.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.TestTokens;

/**
 * The orders are for employees only: a visitor, an HR manager or platform staff asking for them is sent to sign in
 * and brought back afterwards, and platform-api is not asked.
 */
@MicronautTest
class OrdersAccessTest extends PortalWithFakeApi {

    @ParameterizedTest
    @ValueSource(strings = {"/commandes", "/commandes/101", "/commandes/101/facture", "/commandes/retour"})
    void a_visitor_is_sent_to_sign_in_and_brought_back(String page) {
        assertSentToSignIn(pages().get(page), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HR_MANAGER", "PLATFORM_ADMIN"})
    void another_role_is_sent_to_sign_in(String role) {
        String cookie = COOKIES.session() + "=" + TestTokens.accessToken(role);

        assertSentToSignIn(pages().get("/commandes", "Cookie", cookie), "/commandes");
        assertSentToSignIn(pages().get("/commandes/101", "Cookie", cookie), "/commandes/101");
        assertSentToSignIn(pages().get("/commandes/101/facture", "Cookie", cookie), "/commandes/101/facture");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HR_MANAGER", "PLATFORM_ADMIN"})
    void another_role_can_neither_start_a_payment_nor_check_out(String role) {
        String cookie = COOKIES.session() + "=" + TestTokens.accessToken(role);

        for (String form : java.util.List.of("/commandes/103/paiement", "/panier/valider")) {
            HttpResponse<String> answer = submit("/connexion", form, java.util.Map.of("cle",
                    "0b7f1c52-4a0e-4f59-9a57-3d2c1e0f9a11", "offre-0", "1", "quantite-0", "1", "prix-0", "850"), cookie);

            assertThat(answer.statusCode()).as(form).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).startsWith("/connexion"));
        }
        assertThat(orders.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/commandes", "/commandes/101"})
    void an_employee_opens_them(String page) {
        assertThat(pages().get(page, "Cookie", signedIn()).statusCode()).isEqualTo(200);
    }

    private void assertSentToSignIn(HttpResponse<String> response, String page) {
        assertThat(response.statusCode()).as(page).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).as(page)
                .hasValueSatisfying(location -> assertThat(location).startsWith("/connexion?retour=%2F"));
        assertThat(orders.calls()).isEmpty();
    }
}
