package org.openbenefits.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.PortalWithFakeApi;
import org.openbenefits.portalcommon.testing.EveryPage;
import org.openbenefits.portalcommon.testing.PageRoutes;
import org.openbenefits.portalcommon.testing.SecurityHeaders;
import org.openbenefits.portalcommon.testing.TestTokens;

/**
 * Every route of the employee portal, taken from its router (a page added later is walked too), as a visitor, as an
 * employee and as an HR manager, and every file the pages load: all carry the security headers, the error pages and
 * redirects included.
 */
@MicronautTest
class SecurityHeadersOnEveryPageTest extends PortalWithFakeApi {

    @Inject
    Router router;

    @Test
    void every_page_redirect_error_page_and_file_carries_the_security_headers() {
        Map<String, String> people = new LinkedHashMap<>();
        people.put("a visitor", "");
        people.put("an employee", signedIn());
        people.put("an HR manager", COOKIES.session() + "=" + TestTokens.accessToken("HR_MANAGER"));

        Map<String, HttpResponse<String>> answers = EveryPage.walk(pages(), router, COOKIES, people, Map.of("tag", "en"));

        assertThat(PageRoutes.of(router, HttpMethod.GET)).contains("/", "/mes-dotations", "/mon-profil", "/connexion",
                "/catalogue", "/catalogue/{id}", "/commandes", "/commandes/{id}", "/commandes/{id}/facture");
        assertThat(PageRoutes.of(router, HttpMethod.GET)).contains("/commandes/retour", "/panier");
        assertThat(PageRoutes.of(router, HttpMethod.POST)).contains("/commandes/{id}/paiement", "/panier/valider");
        assertThat(answers.keySet()).anyMatch(what -> what.startsWith("GET /assets/"))
                .anyMatch(what -> what.startsWith("GET /webjars/htmx.org/"));
        assertThat(answers.get("GET /mes-dotations as an employee").statusCode()).isEqualTo(200);
        assertThat(answers.get("GET /catalogue as an employee").statusCode()).isEqualTo(200);
        assertThat(answers.get("GET /catalogue/{id} as an employee").statusCode()).isEqualTo(200);
        assertThat(answers.get("GET /catalogue as an HR manager").statusCode()).isEqualTo(303);
        assertThat(answers.get("GET /commandes as an employee").statusCode()).isEqualTo(200);
        assertThat(answers.get("GET /commandes as an HR manager").statusCode()).isEqualTo(303);
        assertThat(answers.get("GET /commandes/{id} as an HR manager").statusCode()).isEqualTo(303);
        assertThat(answers.get("GET /commandes/{id}/facture as a visitor").statusCode()).isEqualTo(303);
        assertThat(answers.get("POST /commandes/{id}/paiement as an HR manager").statusCode()).isEqualTo(303);
        assertThat(answers.get("POST /panier/valider as an HR manager").statusCode()).isEqualTo(303);
        assertThat(answers.get("POST /panier/valider as an employee").statusCode()).isEqualTo(409);
        assertThat(answers.get("GET /commandes/retour as an employee").statusCode()).isEqualTo(303);
        answers.forEach((what, answer) -> {
            SecurityHeaders.assertOn(answer, what);
            assertThat(answer.statusCode()).as(what).isLessThan(500);
        });
    }
}
