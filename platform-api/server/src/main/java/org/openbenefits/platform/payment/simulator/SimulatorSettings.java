package org.openbenefits.platform.payment.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * The settings of the built-in card gateway simulator ({@code platform.payments.simulator}, README "Configuration",
 * docs/runbook.md "Card gateway").
 */
@Singleton
class SimulatorSettings {

    private final URI publicUrl;
    private final String merchantName;
    private final String notificationUrl;
    private final Duration firstRetry;
    private final Duration longestWait;
    private final int maxAttempts;
    private final int batchSize;

    /**
     * @param publicUrl       where browsers reach platform-api, which serves the simulator's hosted pages
     * @param merchantName    the merchant the hosted page names
     * @param notificationUrl where the simulator posts its notifications; empty: this instance's own endpoint on
     *                        127.0.0.1 and the port it listens on
     * @param firstRetry      the wait before the second attempt at a notification, doubled at each attempt...
     * @param longestWait     ...up to this
     * @param maxAttempts     attempts at a notification before the simulator gives it up (then: runbook)
     * @param batchSize       notifications one run of the job sends at most
     */
    SimulatorSettings(@Value("${platform.payments.simulator.public-url:`http://127.0.0.1:8080`}") String publicUrl,
                      @Value("${platform.payments.simulator.merchant-name:OpenBenefits}") String merchantName,
                      @Nullable @Value("${platform.payments.simulator.notification-url:}") String notificationUrl,
                      @Value("${platform.payments.simulator.notifications.first-retry:2s}") Duration firstRetry,
                      @Value("${platform.payments.simulator.notifications.longest-wait:10m}") Duration longestWait,
                      @Value("${platform.payments.simulator.notifications.max-attempts:30}") int maxAttempts,
                      @Value("${platform.payments.simulator.notifications.batch-size:50}") int batchSize) {
        this.publicUrl = URI.create(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1)
                : publicUrl);
        this.merchantName = merchantName;
        this.notificationUrl = notificationUrl == null || notificationUrl.isBlank() ? null : notificationUrl;
        this.firstRetry = firstRetry;
        this.longestWait = longestWait;
        this.maxAttempts = maxAttempts;
        this.batchSize = batchSize;
    }

    /** The hosted payment page of an intent. */
    URI payPage(String intent) {
        return URI.create(publicUrl + "/simulator/pay/" + intent);
    }

    String merchantName() {
        return merchantName;
    }

    Optional<String> notificationUrl() {
        return Optional.ofNullable(notificationUrl);
    }

    /** The wait after a failed attempt, the {@code attempts}-th: the first retry doubled each time, at most the longest. */
    Duration waitAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    int batchSize() {
        return batchSize;
    }
}
