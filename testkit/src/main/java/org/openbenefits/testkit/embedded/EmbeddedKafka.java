package org.openbenefits.testkit.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka (KRaft broker and controller in one) running inside this JVM, for tests and the local
 * platform. Its log directory is formatted on the first start and reused afterwards, so topics, records and
 * committed offsets survive a restart.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private final KafkaRaftServer server;
    private final Path logDir;
    private final int port;
    private final StopOnce stopping;

    private EmbeddedKafka(KafkaRaftServer server, Path logDir, int port) {
        this.server = server;
        this.logDir = logDir;
        this.port = port;
        this.stopping = new StopOnce("embedded-kafka-shutdown-" + port, this::stopServer);
    }

    /** Starts a broker on 127.0.0.1 ({@code port} 0 picks a free one) storing its data in {@code logDir}. */
    public static EmbeddedKafka start(Path logDir, int port) {
        Path dir = logDir.toAbsolutePath().normalize();
        int brokerPort = port == 0 ? FreePorts.next() : port;
        int controllerPort = FreePorts.next();
        Properties properties = brokerProperties(dir, brokerPort, controllerPort);
        try {
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve("meta.properties"))) {
                format(properties);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka log directory " + dir, e);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            IllegalStateException failure = new IllegalStateException("Kafka did not start on 127.0.0.1:" + brokerPort
                    + " over " + dir, e);
            try {
                server.shutdown();
                server.awaitShutdown();
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
        EmbeddedKafka kafka = new EmbeddedKafka(server, dir, brokerPort);
        kafka.stopping.onExit();
        return kafka;
    }

    private static Properties brokerProperties(Path dir, int brokerPort, int controllerPort) {
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", dir.toString()),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("num.partitions", "3"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                // Fewer internal partitions than the default 50: created faster, and plenty for one node.
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // The cleaner of compacted topics (consumer offsets) allocates 128 MiB by default.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)),
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "4"),
                Map.entry("background.threads", "4")));
        return properties;
    }

    // StorageTool.execute, unlike main, returns instead of exiting the JVM.
    private static void format(Properties properties) throws IOException {
        Path configFile = Files.createTempFile("openbenefits-kafka-", ".properties");
        try {
            try (OutputStream out = Files.newOutputStream(configFile)) {
                properties.store(out, "embedded Kafka");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exitCode;
            try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
                exitCode = StorageTool.execute(new String[] {"format", "--config", configFile.toString(),
                        "--cluster-id", Uuid.randomUuid().toString(), "--ignore-formatted"}, print);
            }
            if (exitCode != 0) {
                throw new IllegalStateException("Formatting the Kafka log directory failed (" + exitCode + "): "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(configFile);
        }
    }

    /** {@code 127.0.0.1:port}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * Creates the topics that do not exist yet, with {@code partitions} partitions and one replica. A topic that
     * exists already is left as it is, even with another partition count.
     */
    public void createTopics(int partitions, String... names) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = Arrays.stream(names).distinct()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, partitions, (short) 1))
                    .toList();
            for (var created : admin.createTopics(missing).values().entrySet()) {
                try {
                    created.getValue().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // Created meanwhile by someone else, or by auto-creation: that is what was asked.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create topics " + Arrays.toString(names) + " on "
                    + bootstrapServers(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics " + Arrays.toString(names), e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * Leaves stopping this server to the caller, who must {@link #close()} it, instead of the JVM-exit hook. A
     * caller that stops several things in order on exit (the local platform: services before the servers they use)
     * needs this, because the JVM runs its exit hooks all at once.
     */
    public EmbeddedKafka withoutShutdownHook() {
        stopping.detachFromExit();
        return this;
    }

    /** Stops the broker cleanly; the log directory stays for the next start. */
    @Override
    public void close() {
        stopping.close();
    }

    private void stopServer() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka over {} did not stop cleanly", logDir, e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + bootstrapServers() + ", " + logDir + "]";
    }
}
