package org.openbenefits.platform.payment.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.domain.payment.DeclineReason;
import org.openbenefits.domain.payment.GatewayNotification;
import org.openbenefits.domain.payment.IntentState;
import org.openbenefits.domain.payment.PaymentIntent;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.payment.NotificationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's server-to-server notifications (table {@code simulator_notification}), as a real gateway sends
 * them: queued in the transaction that moves the intent, then posted, signed ({@code NotificationSignature} with the
 * shared secret, signed at the moment of sending), to the platform's notification endpoint until it answers a 2xx.
 * An attempt that fails waits, doubling from the first retry up to the longest wait; after the last attempt the
 * notification is given up and logged (docs/runbook.md, "Card gateway"). Several instances share the work: a batch is
 * claimed under {@code FOR UPDATE SKIP LOCKED} by pushing its next attempt a minute on, then sent outside any
 * transaction.
 */
@Singleton
class SimulatorNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorNotifications.class);
    /** How long a claimed notification is left to its sender before another run may take it. */
    private static final Duration CLAIM = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private record Due(long id, PaymentIntentId intent, IntentState state, Optional<DeclineReason> reason,
                       int attempts) {
    }

    private final Jdbc jdbc;
    private final TransactionOperations<java.sql.Connection> transactions;
    private final NotificationSettings signing;
    private final SimulatorSettings settings;
    private final BeanProvider<EmbeddedServer> server;
    private final HttpClient.Builder clients;
    private final Clock clock;
    private volatile HttpClient http;

    SimulatorNotifications(Jdbc jdbc, TransactionOperations<java.sql.Connection> transactions, NotificationSettings signing,
                           SimulatorSettings settings, BeanProvider<EmbeddedServer> server,
                           HttpClient.Builder clients, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.signing = signing;
        this.settings = settings;
        this.server = server;
        this.clients = clients;
        this.clock = clock;
    }

    /** Queues the notification of the intent's state now, to be sent at once; joins the caller's transaction. */
    void queue(PaymentIntent intent, Instant now) {
        jdbc.update("INSERT INTO simulator_notification (intent_id, state, decline_reason, attempts, next_attempt_at, "
                        + "created_at) VALUES (?, ?, ?, 0, ?, ?)", intent.id().value(), intent.state(),
                intent.declined().orElse(null), now, now);
    }

    /** Sends the notifications due, a batch at most; answers how many were acknowledged. */
    int sendDue() {
        return send(claim(null));
    }

    /** Sends the notifications of this intent that are due, e.g. right after its hosted page decided. */
    int sendDue(PaymentIntentId intent) {
        return send(claim(intent));
    }

    private List<Due> claim(PaymentIntentId intent) {
        return transactions.executeWrite(status -> {
            Instant now = clock.instant();
            List<Due> due = jdbc.list("SELECT id, intent_id, state, decline_reason, attempts FROM simulator_notification "
                            + "WHERE next_attempt_at <= ?" + (intent == null ? "" : " AND intent_id = ?")
                            + " ORDER BY next_attempt_at, id LIMIT " + settings.batchSize() + " FOR UPDATE SKIP LOCKED",
                    row -> new Due(row.getLong("id"), PaymentIntentId.of(row.getString("intent_id")),
                            IntentState.valueOf(row.getString("state")),
                            Optional.ofNullable(row.getString("decline_reason")).map(DeclineReason::valueOf),
                            row.getInt("attempts")),
                    intent == null ? new Object[] {now} : new Object[] {now, intent.value()});
            for (Due one : due) {
                jdbc.update("UPDATE simulator_notification SET next_attempt_at = ? WHERE id = ?", now.plus(CLAIM),
                        one.id());
            }
            return due;
        });
    }

    private int send(List<Due> due) {
        int acknowledged = 0;
        for (Due one : due) {
            int status = post(one);
            int attempts = one.attempts() + 1;
            Instant now = clock.instant();
            if (status >= 200 && status < 300) {
                jdbc.update("UPDATE simulator_notification SET attempts = ?, last_status = ?, acknowledged_at = ?, "
                        + "next_attempt_at = NULL WHERE id = ?", attempts, status, now, one.id());
                acknowledged++;
            } else if (attempts >= settings.maxAttempts()) {
                jdbc.update("UPDATE simulator_notification SET attempts = ?, last_status = ?, abandoned_at = ?, "
                        + "next_attempt_at = NULL WHERE id = ?", attempts, status, now, one.id());
                LOG.error("Simulator: notification {} about intent {} ({}) given up after {} attempts, last status {} "
                        + "(docs/runbook.md, \"Card gateway\")", one.id(), one.intent(), one.state(), attempts, status);
            } else {
                jdbc.update("UPDATE simulator_notification SET attempts = ?, last_status = ?, next_attempt_at = ? "
                                + "WHERE id = ?", attempts, status, now.plus(settings.waitAfter(attempts)), one.id());
                LOG.warn("Simulator: notification {} about intent {} not acknowledged (status {}), attempt {} of {}",
                        one.id(), one.intent(), status, attempts, settings.maxAttempts());
            }
        }
        return acknowledged;
    }

    /** Posts one notification; answers the HTTP status, or 0 when nothing answered. */
    private int post(Due one) {
        GatewayNotification notification = new GatewayNotification(one.intent(), one.state(), one.reason(),
                clock.instant());
        String body = "{\"intent\":\"" + json(one.intent().value()) + "\",\"state\":\"" + one.state().name() + "\","
                + one.reason().map(reason -> "\"reason\":\"" + reason.name() + "\",").orElse("")
                + "\"timestamp\":\"" + notification.signedAt().getEpochSecond() + "\"}";
        HttpRequest request = HttpRequest.newBuilder(endpoint()).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Gateway-Signature", signing.signature().sign(notification))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            LOG.warn("Simulator: notification {} could not reach {}: {}", one.id(), request.uri(), e.toString());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private URI endpoint() {
        return URI.create(settings.notificationUrl().orElseGet(() ->
                "http://127.0.0.1:" + server.get().getPort() + "/api/v1/payments/notifications"));
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = clients.connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
                }
                client = http;
            }
        }
        return client;
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
