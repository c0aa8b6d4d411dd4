package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.http.HttpMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.EveryPage;
import org.openbenefits.portalcommon.testing.PageRoutes;
import org.openbenefits.portalcommon.testing.SecurityHeaders;
import org.openbenefits.portalcommon.testing.TestTokens;

/**
 * Every route of the employer portal, taken from its router (a page added later is walked too), as a visitor and as
 * each role, and every file the pages load: all carry the security headers, the error pages and redirects included.
 */
@MicronautTest
class SecurityHeadersOnEveryPageTest extends AdminPortalTest {

    @Inject
    Router router;

    @Test
    void every_page_redirect_error_page_and_file_carries_the_security_headers_for_every_role() {
        employeeApi.add("Camille", "Martin", "camille.martin@acme.example", "E-001", "ACTIVE");
        catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 40);
        Map<String, String> people = new LinkedHashMap<>();
        people.put("a visitor", "");
        for (String role : new String[] {"HR_MANAGER", "SUPPORT_AGENT", "PLATFORM_ADMIN", "EMPLOYEE"}) {
            people.put(role, COOKIES.session() + "=" + TestTokens.accessToken(role));
        }

        Map<String, HttpResponse<String>> answers = EveryPage.walk(pages(), router, COOKIES, people,
                Map.of("id", "100", "tag", "en"));

        assertThat(PageRoutes.of(router, HttpMethod.GET)).contains("/", "/salaries", "/salaries/{id}", "/campagnes/{id}",
                "/plateforme/virements", "/plateforme/offres", "/plateforme/offres/{id}", "/plateforme/livraison", "/plateforme/codes-avantage", "/connexion");
        assertThat(answers.keySet()).anyMatch(what -> what.startsWith("GET /assets/js/"))
                .anyMatch(what -> what.startsWith("GET /webjars/"));
        assertThat(answers.get("GET /salaries/{id} as HR_MANAGER").statusCode()).isEqualTo(200);
        answers.forEach((what, answer) -> {
            SecurityHeaders.assertOn(answer, what);
            assertThat(answer.statusCode()).as(what).isLessThan(500);
        });
    }
}
