package org.openbenefits.portalcommon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.layout.PortalIdentity;
import org.openbenefits.portalcommon.web.PortalCookies;

/**
 * What every portal promises its visitors, whatever its pages: French by default and English on request, an
 * accessible layout, assets that load, friendly error pages, a safe language switch, health and metrics.
 * A portal runs these by extending this class with {@code @MicronautTest @Property(name = "test.failing-page",
 * value = "true")} and naming its headings.
 */
public abstract class PortalContract {

    @Inject
    EmbeddedServer server;
    @Inject
    PortalIdentity portal;

    private Pages pages;

    /** The home page's main heading in French, e.g. "Espace employeur". */
    protected abstract String frenchHeading();

    protected abstract String englishHeading();

    /** The portal's name as page titles show it in French, e.g. "Espace salarié". */
    protected abstract String frenchPortalName();

    protected abstract String englishPortalName();

    /** A role that signs in to this portal, e.g. {@code EMPLOYEE}. */
    protected abstract String signedInRole();

    /** A role that signs in to the other portal. */
    protected abstract String otherPortalRole();

    /** The Cookie header of a person of {@link #signedInRole()} signed in with a valid access token. */
    protected String signedInCookie() {
        return cookies().session() + "=" + TestTokens.accessToken(signedInRole());
    }

    /** The names of the portal's cookies, as it sets them over plain HTTP. */
    protected PortalCookies cookies() {
        return new PortalCookies(portal.cookiePrefix(), false);
    }

    protected Pages pages() {
        return pages;
    }

    @BeforeEach
    void openPages() {
        pages = new Pages(server);
    }

    @Test
    void the_home_page_speaks_french_by_default() {
        HttpResponse<String> home = pages.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Pages.heading(home.body())).isEqualTo(frenchHeading());
        assertThat(home.body()).contains("<html lang=\"fr\"", "<title>Accueil · " + frenchPortalName() + " · OpenBenefits</title>");
    }

    @Test
    void the_home_page_speaks_english_once_english_is_chosen() {
        String home = pages.get("/", "Cookie", cookies().language() + "=en").body();

        assertThat(Pages.heading(home)).isEqualTo(englishHeading());
        assertThat(home).contains("<html lang=\"en\"", "<title>Home · " + englishPortalName() + " · OpenBenefits</title>");
    }

    @Test
    void the_home_page_stays_french_when_the_browser_prefers_english() {
        String home = pages.get("/", "Accept-Language", "en-US,en;q=0.9").body();

        assertThat(Pages.heading(home)).isEqualTo(frenchHeading());
    }

    @Test
    void the_home_page_stays_french_when_the_language_cookie_names_an_unsupported_language() {
        String home = pages.get("/", "Cookie", cookies().language() + "=de").body();

        assertThat(Pages.heading(home)).isEqualTo(frenchHeading());
        assertThat(home).contains("<html lang=\"fr\"");
    }

    @Test
    void the_layout_offers_a_skip_link_labelled_navigations_and_a_main_landmark() {
        String home = pages.get("/").body();

        assertThat(home).contains("href=\"#content\"", "Aller au contenu principal",
                "<nav class=\"primary-nav\" aria-label=\"Navigation principale\">",
                "<nav class=\"language-switch\" aria-label=\"Langue\">",
                "<main id=\"content\"", "<footer");
        assertThat(home).containsPattern("<a href=\"/language/en\\?from=%2F\"\\s+lang=\"en\"\\s+hreflang=\"en\">English</a>");
    }

    @Test
    void the_bootstrap_stylesheet_the_layout_links_to_is_served() {
        String stylesheet = Pages.localLinks(pages.get("/").body()).stream()
                .filter(link -> link.startsWith("/webjars/bootstrap/") && link.endsWith("/css/bootstrap.min.css"))
                .findFirst().orElseThrow(() -> new AssertionError("The layout links to no Bootstrap stylesheet"));

        HttpResponse<String> css = pages.get(stylesheet, "Accept", "text/css,*/*;q=0.1");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.body()).contains("Bootstrap");
    }

    @Test
    void the_home_page_links_only_to_pages_and_files_that_exist() {
        assertThat(Pages.localLinks(pages.get("/").body()))
                .isNotEmpty()
                .allSatisfy(link -> assertThat(pages.get(link, "Accept", "*/*").statusCode())
                        .as("GET %s", link)
                        .isIn(200, 303));
    }

    @Test
    void an_unknown_page_shows_the_french_error_page_in_the_portal_layout() {
        HttpResponse<String> missing = pages.get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Pages.heading(missing.body())).isEqualTo("Page introuvable");
        assertThat(missing.body()).contains("<title>Page introuvable · " + frenchPortalName() + " · OpenBenefits</title>",
                "Erreur 404", "Retour à l’accueil", "<nav class=\"primary-nav\"", "<footer");
    }

    @Test
    void an_unknown_page_speaks_english_once_english_is_chosen() {
        HttpResponse<String> missing = pages.get("/no-such-page", "Cookie", cookies().language() + "=en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Pages.heading(missing.body())).isEqualTo("Page not found");
        assertThat(missing.body()).contains("Back to the home page");
    }

    @Test
    void every_kind_of_response_carries_the_security_headers() {
        String token = "B".repeat(43);
        String csrf = cookies().csrf() + "=" + token;
        HttpResponse<String> home = pages.get("/");
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("the home page", home);
        responses.put("the home page signed in", pages.get("/", "Cookie", signedInCookie()));
        responses.put("the sign-in page", pages.get("/connexion"));
        responses.put("the redirect of a visitor to sign in", pages.get("/test-only/failing-page"));
        responses.put("an unknown page", pages.get("/no-such-page"));
        responses.put("a failing page", pages.get("/test-only/failing-page", "Cookie", signedInCookie()));
        responses.put("the language switch", pages.get("/language/en?from=%2F"));
        responses.put("a form without its token", pages.post("/connexion", Map.of("email", "a@b.example")));
        responses.put("an htmx fragment", pages.post("/regles-mot-de-passe", Map.of("password", "abc"),
                "HX-Request", "true", "X-CSRF-Token", token, "Cookie", csrf));
        responses.put("health", pages.get("/health", "Accept", "application/json"));
        for (String link : Pages.localLinks(home.body())) {
            responses.put(link, pages.get(link, "Accept", "*/*"));
        }

        assertThat(responses.get("an htmx fragment").statusCode()).isEqualTo(200);
        assertThat(responses.keySet()).anyMatch(link -> link.startsWith("/webjars/htmx.org/"))
                .anyMatch(link -> link.startsWith("/assets/"));
        responses.forEach((what, response) -> SecurityHeaders.assertOn(response, what));
    }

    @Test
    void over_plain_http_cookies_are_named_for_the_portal_and_not_pinned_to_https() {
        HttpResponse<String> page = pages.get("/connexion");

        assertThat(cookies().csrf()).isEqualTo(portal.cookiePrefix() + "_csrf").doesNotStartWith("__Host-");
        assertThat(page.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith(cookies().csrf() + "=").doesNotContainIgnoringCase("secure"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void every_failure_shows_the_portal_error_page_whatever_the_client_accepts() {
        String signedIn = signedInCookie();
        // A browser's Accept, and curl's
        for (String accept : List.of(Pages.BROWSER_ACCEPT, "*/*")) {
            assertErrorPage(pages.get("/no-such-page", "Accept", accept), 404, "Page introuvable", accept);
            assertErrorPage(pages.get("/test-only/items/abc", "Accept", accept, "Cookie", signedIn), 404,
                    "Page introuvable", accept);
            assertErrorPage(pages.get("/test-only/items?page=abc", "Accept", accept, "Cookie", signedIn), 400,
                    "Demande incorrecte", accept);
            assertErrorPage(pages.get("/test-only/items", "Accept", accept, "Cookie", signedIn), 400,
                    "Demande incorrecte", accept);
            assertErrorPage(pages.get("/test-only/failing-page", "Accept", accept, "Cookie", signedIn), 500,
                    "Une erreur est survenue", accept);
        }
        // A client that wants no HTML at all: pages answer nothing else, so it gets the error page all the same
        for (String accept : List.of("application/json", "text/plain")) {
            assertErrorPage(pages.get("/no-such-page", "Accept", accept), 404, "Page introuvable", accept);
            assertErrorPage(pages.get("/test-only/items/abc", "Accept", accept, "Cookie", signedIn), 406,
                    "Demande impossible", accept);
        }
    }

    @Test
    void a_bad_address_shows_the_error_page_in_the_language_chosen() {
        HttpResponse<String> missing = pages.get("/test-only/items/abc", "Accept", "*/*",
                "Cookie", signedInCookie() + "; " + cookies().language() + "=en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Pages.heading(missing.body())).isEqualTo("Page not found");
        assertThat(missing.body()).contains("<html lang=\"en\"");
    }

    @Test
    void a_wrong_method_an_unsupported_body_or_an_unacceptable_type_shows_the_error_page() {
        String token = "B".repeat(43);
        String csrf = cookies().csrf() + "=" + token;

        assertErrorPage(pages.post("/", Map.of("csrfToken", token), "Cookie", csrf), 405, "Action non autorisée",
                "POST /");
        assertErrorPage(pages.post("/connexion", Map.of(), "Content-Type", "application/json", "Cookie", csrf,
                "X-CSRF-Token", token), 415, "Demande impossible", "JSON to /connexion");
        assertErrorPage(pages.get("/connexion", "Accept", "application/json"), 406, "Demande impossible",
                "GET /connexion as JSON");
    }

    @Test
    void a_body_larger_than_the_server_takes_shows_the_error_page() {
        String token = "B".repeat(43);
        String tooLarge = "x".repeat(11 * 1024 * 1024);

        HttpResponse<String> refused = pages.post("/connexion", Map.of("email", tooLarge, "csrfToken", token),
                "Cookie", cookies().csrf() + "=" + token);

        assertErrorPage(refused, 413, "Fichier trop volumineux", "an 11 MB form");
    }

    private static void assertErrorPage(HttpResponse<String> response, int status, String heading, String what) {
        assertThat(response.statusCode()).as("status for %s", what).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("type for %s", what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Pages.heading(response.body())).as("heading for %s", what).isEqualTo(heading);
        assertThat(response.body()).as("body for %s", what).contains("<footer", "Erreur " + status)
                .doesNotContain("_links", "\"message\"", "Failed to convert", "For input string", "Exception",
                        "java.", "io.micronaut", "Required argument", "Internal Server Error");
        SecurityHeaders.assertOn(response, what);
    }

    @Test
    void a_failure_shows_a_friendly_page_that_reveals_no_internals() {
        HttpResponse<String> failed = pages.get("/test-only/failing-page", "Cookie", signedInCookie());

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(Pages.heading(failed.body())).isEqualTo("Une erreur est survenue");
        assertThat(failed.body()).contains("Réessayez dans quelques instants").doesNotContain("database password", "Exception");
    }

    @Test
    void a_page_whose_template_fails_while_rendering_shows_the_error_page_at_once() {
        HttpResponse<String> failed = pages.get("/test-only/failing-view", "Cookie", signedInCookie());

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(Pages.heading(failed.body())).isEqualTo("Une erreur est survenue");
        assertThat(failed.body()).contains("<title>Une erreur est survenue · " + frenchPortalName() + " · OpenBenefits</title>",
                "Réessayez dans quelques instants").doesNotContain("Début de la page", "camille.martin", "Exception");
    }

    @Test
    void choosing_english_remembers_it_and_returns_to_the_page_being_read() {
        HttpResponse<String> switched = pages.get("/language/en?from=%2Fsome%2Fpage%3Ftab%3D2");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).contains("/some/page?tab=2");
        assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith(cookies().language() + "=en").contains("Path=/", "HTTPOnly", "SameSite=Lax"));
    }

    @Test
    void the_language_switch_refuses_to_send_the_visitor_to_another_site() {
        for (String from : new String[] {"https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example", "%2F%5Cevil.example"}) {
            HttpResponse<String> switched = pages.get("/language/en?from=" + from);

            assertThat(switched.statusCode()).isEqualTo(303);
            assertThat(switched.headers().firstValue("Location")).as("from=%s", from).contains("/");
        }
    }

    @Test
    void an_unsupported_language_changes_nothing() {
        HttpResponse<String> switched = pages.get("/language/de?from=%2F");

        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(Pages.cookie(switched, cookies().language())).isEmpty();
    }

    @Test
    void health_answers_up() {
        HttpResponse<String> health = pages.get("/health", "Accept", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_scrapes_metrics_as_text() {
        pages.get("/"); // so that HTTP server metrics exist
        HttpResponse<String> metrics = pages.get("/prometheus", "Accept", "text/plain");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("# HELP jvm_memory_used_bytes", "http_server_requests_seconds_count");
    }

    @Test
    void a_visitor_asking_for_a_private_page_is_sent_to_sign_in_and_brought_back_afterwards() {
        HttpResponse<String> asked = pages.get("/test-only/failing-page?x=1");

        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).contains("/connexion?retour=%2Ftest-only%2Ffailing-page%3Fx%3D1");
    }

    @Test
    void the_sign_in_page_labels_its_fields_and_carries_the_anti_forgery_token_of_its_cookie() {
        HttpResponse<String> page = pages.get("/connexion");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Pages.heading(page.body())).isEqualTo("Connexion");
        assertThat(page.body()).contains("<label class=\"form-label\" for=\"email\">Adresse e-mail</label>",
                "<label class=\"form-label\" for=\"password\">Mot de passe</label>", "Mot de passe oublié ?");
        assertThat(Pages.cookie(page, cookies().csrf())).contains(Pages.csrfField(page.body()));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith(cookies().csrf() + "=").contains("HTTPOnly", "SameSite=Lax", "Path=/"));
    }

    @Test
    void a_form_without_its_anti_forgery_token_is_refused_before_anything_happens() {
        String token = Pages.cookie(pages.get("/connexion"), cookies().csrf()).orElseThrow();

        HttpResponse<String> missing = pages.post("/connexion", Map.of("email", "a@b.example", "password", "x"),
                "Cookie", cookies().csrf() + "=" + token);
        HttpResponse<String> forged = pages.post("/connexion",
                Map.of("email", "a@b.example", "password", "x", "csrfToken", "A".repeat(43)), "Cookie", cookies().csrf() + "=" + token);
        HttpResponse<String> noCookie = pages.post("/connexion",
                Map.of("email", "a@b.example", "password", "x", "csrfToken", token));

        for (HttpResponse<String> refused : List.of(missing, forged, noCookie)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(Pages.heading(refused.body())).isEqualTo("Cette page a expiré");
        }
    }

    @Test
    void an_empty_sign_in_form_shows_each_error_beside_its_field_and_keeps_what_was_typed() {
        HttpResponse<String> page = pages.get("/connexion");
        String token = Pages.csrfField(page.body());

        HttpResponse<String> noPassword = pages.post("/connexion",
                Map.of("email", "camille@acme.example", "password", "", "csrfToken", token), "Cookie", cookies().csrf() + "=" + token);
        HttpResponse<String> nothing = pages.post("/connexion",
                Map.of("email", " ", "password", "", "csrfToken", token), "Cookie", cookies().csrf() + "=" + token);

        assertThat(noPassword.statusCode()).isEqualTo(422);
        assertThat(noPassword.body()).contains("id=\"password-error\">Indiquez votre mot de passe.</div>",
                "value=\"camille@acme.example\"").doesNotContain("email-error");
        assertThat(nothing.statusCode()).isEqualTo(422);
        assertThat(nothing.body()).contains("id=\"email-error\">Indiquez votre adresse e-mail.</div>",
                "id=\"password-error\">Indiquez votre mot de passe.</div>");
    }

    @Test
    void signing_in_while_platform_api_is_unreachable_says_so_and_keeps_the_address() {
        String token = Pages.csrfField(pages.get("/connexion").body());

        HttpResponse<String> answer = pages.post("/connexion",
                Map.of("email", "camille@acme.example", "password", "Un mot de passe 2026", "csrfToken", token),
                "Cookie", cookies().csrf() + "=" + token);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("Le service de connexion ne répond pas", "value=\"camille@acme.example\"")
                .doesNotContain("Un mot de passe 2026");
    }

    @Test
    void a_signed_in_person_sees_their_name_and_a_sign_out_button_on_pages_no_cache_keeps() {
        HttpResponse<String> home = pages.get("/", "Cookie", signedInCookie());

        assertThat(home.body()).contains("Camille Martin", "Se déconnecter", "action=\"/deconnexion\"");
        assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void a_forged_or_expired_token_or_one_of_the_other_portal_opens_no_session() {
        Map<String, String> refused = new java.util.LinkedHashMap<>(TestTokens.forged(signedInRole()));
        refused.put("expired", TestTokens.accessToken(signedInRole(), Instant.now().minusSeconds(5)));
        refused.put("of the other portal", TestTokens.accessToken(otherPortalRole()));
        assertThat(pages.get("/test-only/failing-page", "Cookie", signedInCookie()).statusCode())
                .as("a genuine token opens the page").isNotEqualTo(303);

        refused.forEach((attack, token) -> {
            HttpResponse<String> asked = pages.get("/test-only/failing-page", "Cookie", cookies().session() + "=" + token);

            assertThat(asked.statusCode()).as(attack).isEqualTo(303);
            assertThat(asked.headers().firstValue("Location")).as(attack)
                    .hasValueSatisfying(to -> assertThat(to).startsWith("/connexion"));
        });
        TestTokens.forged(signedInRole()).forEach((attack, token) -> assertThat(
                pages.get("/", "Cookie", cookies().session() + "=" + token).body()).as(attack).doesNotContain("Camille Martin"));
    }

    @Test
    void signing_out_expires_the_session_cookies_and_returns_to_sign_in_with_a_confirmation() {
        String token = Pages.csrfField(pages.get("/connexion").body());

        HttpResponse<String> out = pages.post("/deconnexion", Map.of("csrfToken", token),
                "Cookie", signedInCookie() + "; " + cookies().refresh() + "=some-refresh-token; " + cookies().csrf() + "=" + token);

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).contains("/connexion");
        assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith(cookies().session() + "=;").contains("Max-Age=0"))
                .anySatisfy(c -> assertThat(c).startsWith(cookies().refresh() + "=;").contains("Max-Age=0"));
        String flash = Pages.cookie(out, cookies().flash()).orElseThrow();
        assertThat(pages.get("/connexion", "Cookie", cookies().flash() + "=" + flash).body()).contains("Vous êtes déconnecté");
    }

    @Test
    void a_confirmation_shows_its_arguments_as_text_and_only_in_its_placeholders() {
        String forged = "activation.heading&" + URLEncoder.encode("<b>Camille</b> {1} l'été", StandardCharsets.UTF_8);

        String page = pages.get("/connexion", "Cookie", cookies().flash() + "=" + forged).body();

        assertThat(page).contains("role=\"status\">Bienvenue, &lt;b&gt;Camille&lt;/b&gt; {1} l&#39;été</p>")
                .doesNotContain("<b>Camille</b>");
    }
}
