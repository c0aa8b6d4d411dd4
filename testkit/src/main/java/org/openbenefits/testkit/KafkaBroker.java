package org.openbenefits.testkit;

/** The Kafka broker the tests use, whatever runs it; {@code stopper} runs on {@link #close()}. */
record KafkaBroker(String bootstrapServers, Runnable stopper) implements AutoCloseable {

    static KafkaBroker external(String bootstrapServers) {
        return new KafkaBroker(bootstrapServers, () -> { });
    }

    @Override
    public void close() {
        stopper.run();
    }
}
