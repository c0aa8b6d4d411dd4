package org.openbenefits.testkit;

import org.openbenefits.testkit.embedded.EmbeddedSmtp;

/** An {@link Infrastructure} made of three independently started servers. */
final class ComposedInfrastructure implements Infrastructure, AutoCloseable {

    private final String mode;
    private final Component<SqlServer> sql;
    private final Component<KafkaBroker> kafka;
    private final Component<EmbeddedSmtp> smtp;

    ComposedInfrastructure(String mode, Component<SqlServer> sql, Component<KafkaBroker> kafka,
            Component<EmbeddedSmtp> smtp) {
        this.mode = mode;
        this.sql = sql;
        this.kafka = kafka;
        this.smtp = smtp;
    }

    /** Starts the three servers side by side, without waiting for them. */
    ComposedInfrastructure startInBackground() {
        sql.start();
        kafka.start();
        smtp.start();
        return this;
    }

    @Override
    public String mode() {
        return mode;
    }

    @Override
    public String jdbcUrl(String database) {
        return sql.get().jdbcUrl(database);
    }

    @Override
    public String jdbcUsername() {
        return sql.get().username();
    }

    @Override
    public String jdbcPassword() {
        return sql.get().password();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.get().bootstrapServers();
    }

    @Override
    public EmbeddedSmtp smtp() {
        return smtp.get();
    }

    /** Stops the servers that were started. */
    @Override
    public void close() {
        smtp.close();
        kafka.close();
        sql.close();
    }

    @Override
    public String toString() {
        return "Infrastructure[" + mode + "]";
    }
}
