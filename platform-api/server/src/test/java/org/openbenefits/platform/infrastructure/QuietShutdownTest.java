package org.openbenefits.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.util.StringUtils;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;
import org.openbenefits.testkit.Infrastructure;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Stopping platform-api (SIGTERM, Ctrl-C on ./run) closes every database connection it opened. Scheduled work (the
 * outbox relay, the daily job...) must not run once the beans it needs are being destroyed: a tick in that window
 * creates them again, a fresh connection pool among them, which nobody closes, and MariaDB then reports each of its
 * connections as aborted when the process ends.
 */
@NeedsInfrastructure
class QuietShutdownTest {

    private static final String DATABASE = "platform_shutdown";
    private static final int STOPS = 3;

    @Test
    void a_stopped_platform_api_leaves_no_connection_open_even_with_scheduled_work_ticking() throws Exception {
        Infrastructure infrastructure = TestInfrastructure.get();
        Map<String, Object> properties = new HashMap<>(infrastructure.micronautProperties(DATABASE));
        // A relay tick every millisecond, and a witness ticking as often: one is always due while the application stops.
        properties.put("outbox.relay.interval", "1ms");
        properties.put(TickWitness.ENABLED, "true");
        try (Connection watcher = DriverManager.getConnection(infrastructure.jdbcUrl(DATABASE),
                infrastructure.jdbcUsername(), infrastructure.jdbcPassword())) {
            // The window is short and the order of destruction varies: a few stops make the test a reliable witness.
            for (int stop = 1; stop <= STOPS; stop++) {
                EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
                try {
                    assertThat(openConnections(watcher)).as("the pool is open while the service runs").isPositive();
                    Thread.sleep(300); // the relay is ticking
                    TickWitness.TICKS_WHILE_STOPPING.set(0);

                    server.getApplicationContext().close();

                    assertThat(TickWitness.TICKS_WHILE_STOPPING).as("scheduled runs while beans were destroyed, stop "
                            + stop).hasValue(0);
                    assertThat(eventually(watcher)).as("connections left open by stop " + stop).isZero();
                } finally {
                    if (server.getApplicationContext().isRunning()) {
                        server.getApplicationContext().close();
                    }
                }
            }
        }
    }

    // Closing a connection is seen by the server a moment later; a leaked pool would keep its connections for good.
    private static long eventually(Connection watcher) throws Exception {
        long open = openConnections(watcher);
        for (int i = 0; i < 50 && open > 0; i++) {
            Thread.sleep(100);
            open = openConnections(watcher);
        }
        Thread.sleep(1000); // and nothing comes back
        return openConnections(watcher);
    }

    /**
     * Scheduled work of this test only: counts its runs once the application has begun to stop and any stopping
     * step ordered before it (the last of the shutdown listeners) is done.
     */
    @Singleton
    @Requires(property = TickWitness.ENABLED, value = StringUtils.TRUE)
    static class TickWitness implements ApplicationEventListener<ShutdownEvent>, Ordered {

        static final String ENABLED = "test.quiet-shutdown.tick-witness";
        // Static: a run during destruction may well create this bean again.
        static final AtomicInteger TICKS_WHILE_STOPPING = new AtomicInteger();
        private static final AtomicBoolean STOPPING = new AtomicBoolean();

        @Scheduled(fixedDelay = "1ms")
        void tick() {
            if (STOPPING.get()) {
                TICKS_WHILE_STOPPING.incrementAndGet();
            }
        }

        @Override
        public void onApplicationEvent(ShutdownEvent event) {
            STOPPING.set(true);
        }

        @EventListener
        void started(StartupEvent event) {
            STOPPING.set(false);
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }

    /** Connections to this test's database, but the watcher's own. */
    private static long openConnections(Connection watcher) throws Exception {
        try (PreparedStatement query = watcher.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()")) {
            query.setString(1, DATABASE);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
