package org.openbenefits.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.TestTokens;

/**
 * The catalogue is for employees only: a visitor, an HR manager or platform staff asking for it is sent to sign in
 * and brought back afterwards, as for the wallet and the profile, and platform-api is not asked.
 */
@MicronautTest
class CatalogueAccessTest extends PortalWithFakeApi {

    @ParameterizedTest
    @ValueSource(strings = {"/catalogue?q=theatre", "/catalogue/3"})
    void a_visitor_is_sent_to_sign_in_and_brought_back(String page) {
        HttpResponse<String> response = pages().get(page);

        assertSentToSignIn(response, page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HR_MANAGER", "PLATFORM_ADMIN"})
    void another_role_is_sent_to_sign_in_as_on_every_employee_page(String role) {
        String cookie = COOKIES.session() + "=" + TestTokens.accessToken(role);

        assertSentToSignIn(pages().get("/catalogue", "Cookie", cookie), "/catalogue");
        assertSentToSignIn(pages().get("/catalogue/3", "Cookie", cookie), "/catalogue/3");
        assertSentToSignIn(pages().get("/mes-dotations", "Cookie", cookie), "/mes-dotations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/catalogue", "/catalogue/3"})
    void an_employee_opens_it(String page) {
        assertThat(pages().get(page, "Cookie", signedIn()).statusCode()).isEqualTo(200);
    }

    private void assertSentToSignIn(HttpResponse<String> response, String page) {
        assertThat(response.statusCode()).as(page).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).as(page)
                .hasValueSatisfying(location -> assertThat(location).startsWith("/connexion?retour=%2F"));
        assertThat(catalogue.queries()).isEmpty();
    }
}
