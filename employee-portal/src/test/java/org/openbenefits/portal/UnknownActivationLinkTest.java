package org.openbenefits.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.Pages;

/**
 * An activation link platform-api does not know: it answers 404, which Micronaut's declarative client hands over as
 * no invitation at all. The person gets the invalid-link page, not the 500 page. (The fake platform-api of these tests
 * knows no invitation.)
 */
@MicronautTest
class UnknownActivationLinkTest extends PortalWithFakeApi {

    @Test
    void opening_an_unknown_activation_link_shows_the_invalid_link_page() {
        HttpResponse<String> page = pages().get("/activation?jeton=no-such-invitation");

        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(Pages.heading(page.body())).isEqualTo("Ce lien ne fonctionne plus");
        assertThat(page.body()).contains("Ce lien d’activation n’est pas valable");
    }

    @Test
    void posting_the_activation_form_with_an_unknown_link_shows_the_invalid_link_page() {
        HttpResponse<String> answer = submit("/connexion", "/activation",
                Map.of("jeton", "no-such-invitation", "password", "Un mot de passe 2026",
                        "confirmation", "Un mot de passe 2026"), "");

        assertThat(answer.statusCode()).isEqualTo(410);
        assertThat(Pages.heading(answer.body())).isEqualTo("Ce lien ne fonctionne plus");
    }
}
