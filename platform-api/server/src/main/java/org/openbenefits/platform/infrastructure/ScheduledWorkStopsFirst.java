package org.openbenefits.platform.infrastructure;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.processor.ScheduledMethodProcessor;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the application stops, ends the scheduled work (outbox relay, daily allowance job, import heartbeat, sign-in
 * clean-up) first, and lets a run in progress finish, before any bean is destroyed.
 *
 * <p>Why: Micronaut destroys beans in no set order relative to its scheduler (micronaut-core issue 6881). A tick that
 * came after the beans it uses were destroyed created them again, a new connection pool among them, which nobody
 * closed: MariaDB then reported each of its connections as aborted when the process ended (the ERROR lines that
 * Ctrl-C on {@code ./run} printed), and a run cut short had its transaction aborted rather than finished.
 */
@Singleton
final class ScheduledWorkStopsFirst implements ApplicationEventListener<ShutdownEvent>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledWorkStopsFirst.class);
    /** The longest a run in progress may take to finish (an expiry chunk, a relay batch); then stopping goes on. */
    private static final Duration RUN_IN_PROGRESS = Duration.ofSeconds(10);

    private final ScheduledMethodProcessor scheduledMethods;
    private final ExecutorService scheduler;

    ScheduledWorkStopsFirst(ScheduledMethodProcessor scheduledMethods,
                            @Named(TaskExecutors.SCHEDULED) ExecutorService scheduler) {
        this.scheduledMethods = scheduledMethods;
        this.scheduler = scheduler;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        // Cancels every @Scheduled task (periodic, cron and one-off alike) without interrupting a run in progress.
        scheduledMethods.close();
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(RUN_IN_PROGRESS.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Scheduled work still running {} s after the stop began; stopping anyway",
                        RUN_IN_PROGRESS.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
