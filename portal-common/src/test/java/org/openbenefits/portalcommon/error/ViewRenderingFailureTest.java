package org.openbenefits.portalcommon.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.PortalCommonAlone;
import org.slf4j.LoggerFactory;

/**
 * A template that fails while it is rendered (see {@code testing.FailingView}) answers the 500 error page at once,
 * the failure logged once with its view and without the model. Views are rendered after the controller returned,
 * once the response's status was decided: rendered lazily while the response is written, such a failure used to
 * leave the browser waiting for an answer that never came. The client gives up after a few seconds, so that a
 * regression fails instead of hanging.
 */
@MicronautTest
@Property(name = PortalCommonAlone.PROPERTY, value = "true")
@Property(name = "test.failing-page", value = "true")
@Property(name = "micronaut.server.locale-resolution.default-locale", value = "fr")
@Property(name = "micronaut.server.locale-resolution.header", value = "false")
@Property(name = "micronaut.http.services.platform-api.url", value = "http://127.0.0.1:9")
class ViewRenderingFailureTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listenToLogs() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(logs);
        logs.stop();
    }

    @Test
    void a_view_failing_on_a_missing_value_answers_the_french_error_page_at_once() {
        HttpResponse<String> failed = get("/test-only/failing-view");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Pages.heading(failed.body())).isEqualTo("Une erreur est survenue");
        assertThat(failed.body()).contains("<html lang=\"fr\"", "Erreur 500", "Réessayez dans quelques instants",
                        "Retour à l’accueil", "<nav class=\"primary-nav\"", "<footer")
                .doesNotContain("Début de la page", "camille.martin", "Exception", "missing");
    }

    @Test
    void a_view_whose_model_throws_answers_the_error_page_and_logs_the_view_once_without_the_model() {
        HttpResponse<String> failed = get("/test-only/failing-view/method");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(Pages.heading(failed.body())).isEqualTo("Une erreur est survenue");
        assertThat(failed.body()).doesNotContain("Votre solde", "balance", "camille.martin");

        List<ILoggingEvent> errors = logs.list.stream().filter(event -> event.getLevel() == Level.ERROR).toList();
        assertThat(errors).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage())
                    .contains("test-only/failing-view-method", "IllegalStateException", "FailingView$Account.balance")
                    .doesNotContain("camille.martin");
            assertThat(event.getThrowableProxy()).as("no exception message may reach the log").isNull();
        });
    }

    @Test
    void a_view_failing_for_a_visitor_who_chose_english_answers_the_english_error_page() {
        HttpResponse<String> failed = get("/test-only/failing-view", "Cookie", "ob_alone_lang=en");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("<html lang=\"en\"", "Back to the home page");
    }

    @Test
    void a_view_that_renders_is_answered_as_before() {
        HttpResponse<String> page = get("/test-only/failing-view/working");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Pages.heading(page.body())).isEqualTo("Bonjour Camille");
        assertThat(page.body()).contains("<title>Vue qui fonctionne · Accueil · OpenBenefits</title>", "<footer");
        assertThat(logs.list).noneMatch(event -> event.getLevel() == Level.ERROR);
    }

    @Test
    void the_error_page_itself_still_renders_for_an_unknown_page() {
        HttpResponse<String> missing = get("/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Pages.heading(missing.body())).isEqualTo("Page introuvable");
    }

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(URI.create(path)))
                .timeout(TIMEOUT)
                .header("Accept", Pages.BROWSER_ACCEPT);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " got no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
