package org.openbenefits.testkit;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server of the test infrastructure, started once on a background thread when first asked for, and logged
 * with the time its start took. A failed start is remembered: every later use fails at once with the same cause.
 */
final class Component<T extends AutoCloseable> {

    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);

    private final String name;
    private final Callable<T> starter;
    private final Function<T, String> address;
    private CompletableFuture<T> started;

    Component(String name, Callable<T> starter, Function<T, String> address) {
        this.name = name;
        this.starter = starter;
        this.address = address;
    }

    /** Starts the server in the background unless that has begun already. */
    synchronized CompletableFuture<T> start() {
        if (started == null) {
            started = CompletableFuture.supplyAsync(this::startTimed,
                    task -> Thread.ofPlatform().daemon().name("testkit-start-" + name).start(task));
        }
        return started;
    }

    /** The started server, waiting for its start if needed. */
    T get() {
        try {
            return start().join();
        } catch (CompletionException e) {
            throw new IllegalStateException("testkit: " + name + " did not start", e.getCause());
        }
    }

    /** Stops the server if it was started, after waiting for a start under way. */
    void close() {
        CompletableFuture<T> future;
        synchronized (this) {
            future = started;
        }
        if (future == null) {
            return;
        }
        T server;
        try {
            server = future.join();
        } catch (CompletionException failedToStart) {
            return;
        }
        try {
            server.close();
        } catch (Exception e) {
            LOG.warn("testkit: {} did not stop cleanly", name, e);
        }
    }

    private T startTimed() {
        long begin = System.nanoTime();
        try {
            T server = starter.call();
            LOG.info("testkit: {} on {} in {}", name, address.apply(server), seconds(begin));
            return server;
        } catch (Exception e) {
            LOG.error("testkit: {} failed to start after {}", name, seconds(begin), e);
            throw new CompletionException(e);
        }
    }

    private static String seconds(long begin) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - begin) / 1e9);
    }

    @Override
    public String toString() {
        return name;
    }
}
