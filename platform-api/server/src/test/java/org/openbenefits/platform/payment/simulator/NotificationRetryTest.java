package org.openbenefits.platform.payment.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.apicontract.ValidatingJdkClient;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.payment.CardPayments;
import org.openbenefits.platform.payment.CardPayments.PaymentRequest;
import org.openbenefits.platform.payment.CardPayments.StartedPayment;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * A notification the platform does not acknowledge (here: nothing listens at the configured address) is tried again
 * after a wait that doubles up to the longest, then given up after the last attempt; the browser still goes back to
 * the registered address, and the platform's intent waits, unchanged.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationRetryTest implements TestPropertyProvider {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private final MutableClock clock = new MutableClock();
    private final HttpClient browser = ValidatingJdkClient.builder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    EmbeddedServer server;
    @Inject
    CardPayments payments;
    @Inject
    SimulatorNotifications notifications;
    @Inject
    Jdbc jdbc;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_retry"));
        properties.put("platform.payments.simulator.notifications.enabled", "false");
        // Nothing listens on port 9 of the loopback: every attempt fails without an answer.
        properties.put("platform.payments.simulator.notification-url", "http://127.0.0.1:9/api/v1/payments/notifications");
        properties.put("platform.payments.simulator.notifications.first-retry", "2s");
        properties.put("platform.payments.simulator.notifications.longest-wait", "3s");
        properties.put("platform.payments.simulator.notifications.max-attempts", "3");
        return properties;
    }

    @Test
    void an_unacknowledged_notification_is_retried_with_a_growing_wait_then_given_up() throws Exception {
        StartedPayment started = payments.start(new PaymentRequest(1, OrderNumber.of("CMD-2026-000001"),
                Money.euros("20.00"), URI.create("https://salaries.example.org/commandes/1"), "retry-1"));
        String page = server.getURL() + "/simulator/pay/" + started.intent().value();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = FORM_TOKEN.matcher(form.body());
        assertThat(token.find()).isTrue();
        String fields = "formToken=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                + "&cardNumber=4242+4242+4242+4242&expiry=12%2F30&securityCode=123&brand=VISA";
        Instant paidAt = clock.instant();

        HttpResponse<String> paid = browser.send(HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).contains("https://salaries.example.org/commandes/1");
        assertThat(attempts(started)).isEqualTo(1);
        assertThat(nextAttempt(started)).isEqualTo(paidAt.plusSeconds(2));
        assertThat(notifications.sendDue()).isZero();
        assertThat(attempts(started)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        notifications.sendDue();
        assertThat(attempts(started)).isEqualTo(2);
        assertThat(nextAttempt(started)).isEqualTo(paidAt.plusSeconds(2 + 3));

        clock.advance(Duration.ofSeconds(3));
        notifications.sendDue();
        assertThat(attempts(started)).isEqualTo(3);
        assertThat(jdbc.number("SELECT COUNT(*) FROM simulator_notification WHERE intent_id = ? "
                + "AND abandoned_at IS NOT NULL AND next_attempt_at IS NULL AND acknowledged_at IS NULL",
                started.intent().value())).isEqualTo(1);
        assertThat(jdbc.one("SELECT state FROM payment_intent WHERE id = ?", row -> row.getString(1),
                started.intent().value())).contains("CREATED");
        assertThat(jdbc.one("SELECT state FROM simulator_intent WHERE id = ?", row -> row.getString(1),
                started.intent().value())).contains("AUTHORISED");
    }

    private long attempts(StartedPayment started) {
        return jdbc.number("SELECT attempts FROM simulator_notification WHERE intent_id = ?", started.intent().value());
    }

    private Instant nextAttempt(StartedPayment started) {
        return jdbc.one("SELECT next_attempt_at FROM simulator_notification WHERE intent_id = ?",
                row -> Jdbc.instant(row, "next_attempt_at"), started.intent().value()).orElseThrow();
    }
}
