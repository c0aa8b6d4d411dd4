package org.openbenefits.testkit.embedded;

/**
 * Stops an embedded server exactly once: when its owner closes it, or when the JVM exits if the owner has not
 * taken that over ({@link #detachFromExit()}).
 */
final class StopOnce {

    private final Runnable stop;
    private final Thread exitHook;
    private boolean done;

    StopOnce(String name, Runnable stop) {
        this.stop = stop;
        this.exitHook = new Thread(this::run, name);
    }

    /** Stops the server when the JVM exits, unless it was stopped before. */
    void onExit() {
        Runtime.getRuntime().addShutdownHook(exitHook);
    }

    /** The owner stops the server itself; the JVM exit no longer does. */
    void detachFromExit() {
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException alreadyExiting) {
            // The hook is running or about to: run() is idempotent.
        }
    }

    /** Stops now, if not done yet. */
    void close() {
        detachFromExit();
        run();
    }

    private void run() {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        stop.run();
    }
}
