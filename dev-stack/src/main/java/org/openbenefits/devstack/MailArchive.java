package org.openbenefits.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.openbenefits.testkit.embedded.EmbeddedSmtp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every e-mail the local SMTP server receives as an {@code .eml} file, so that the dev mailbox shows them after
 * a restart too. File names sort in arrival order.
 */
final class MailArchive implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailArchive.class);
    private static final Session SESSION = Session.getInstance(new Properties());

    private final EmbeddedSmtp smtp;
    private final Path folder;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mail-archive");
        thread.setDaemon(true);
        return thread;
    });
    private int saved;
    /** What is archived already, by content: the SMTP server lists mails mailbox by mailbox, not in arrival order. */
    private final Set<String> archived = new HashSet<>();

    MailArchive(EmbeddedSmtp smtp, Path folder) throws IOException {
        this.smtp = smtp;
        this.folder = Files.createDirectories(folder);
        saver.scheduleWithFixedDelay(this::saveNew, 200, 200, TimeUnit.MILLISECONDS);
    }

    /** One archived e-mail. */
    record StoredMail(String id, MimeMessage message) {
    }

    private synchronized void saveNew() {
        try {
            for (MimeMessage message : smtp.messages()) {
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                message.writeTo(raw);
                if (archived.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.toByteArray())))) {
                    String name = String.format("%d-%04d.eml", System.currentTimeMillis(), saved++ % 10000);
                    Files.write(folder.resolve(name), raw.toByteArray());
                }
            }
        } catch (IOException | MessagingException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.warn("Could not archive an e-mail: {}", e.getMessage());
        }
    }

    /** Every archived e-mail, newest first. */
    List<StoredMail> list() {
        saveNew();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .map(this::read)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    Optional<StoredMail> find(String id) {
        if (!id.matches("[0-9]+-[0-9]{4}")) {
            return Optional.empty();
        }
        saveNew();
        Path file = folder.resolve(id + ".eml");
        return Files.isRegularFile(file) ? read(file) : Optional.empty();
    }

    /** Deletes every archived e-mail. */
    synchronized void clear() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot empty " + folder, e);
        }
    }

    private Optional<StoredMail> read(Path file) {
        String id = file.getFileName().toString().replace(".eml", "");
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new StoredMail(id, new MimeMessage(SESSION, in)));
        } catch (IOException | MessagingException e) {
            LOG.warn("Skipping unreadable e-mail {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        saveNew();
        saver.shutdownNow();
    }
}
