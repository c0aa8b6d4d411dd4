package org.openbenefits.testkit.embedded;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server (GreenMail) inside this JVM on 127.0.0.1 that keeps every mail it receives, so that tests and
 * the local platform's dev mailbox can read what the platform sent. It accepts any sender, recipient and login.
 */
public final class EmbeddedSmtp implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final int port;

    private EmbeddedSmtp(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /** Starts the server; {@code port} 0 picks a free one. */
    public static EmbeddedSmtp start(int port) {
        ServerSetup setup = new ServerSetup(port == 0 ? FreePorts.next() : port, HOST, ServerSetup.PROTOCOL_SMTP);
        GreenMail greenMail = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new EmbeddedSmtp(greenMail, setup.getPort());
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** Every mail received so far (one per recipient), oldest first. */
    public List<MimeMessage> messages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /**
     * Waits until at least {@code count} mails have arrived and returns them all.
     *
     * @throws IllegalStateException when they have not arrived in time, naming the mails that did
     */
    public List<MimeMessage> awaitMessages(int count, Duration timeout) {
        if (!greenMail.waitForIncomingEmail(timeout.toMillis(), count)) {
            List<MimeMessage> arrived = messages();
            throw new IllegalStateException("Expected " + count + " mail(s) within " + timeout + " but "
                    + arrived.size() + " arrived" + (arrived.isEmpty() ? "" : ": " + describe(arrived)));
        }
        return messages();
    }

    /** Forgets every mail received so far, keeping the server running. */
    public void reset() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Cannot empty the GreenMail mailboxes", e);
        }
    }

    /** The underlying GreenMail, for what this class does not offer. */
    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static String describe(List<MimeMessage> messages) {
        return messages.stream().map(EmbeddedSmtp::describe).collect(Collectors.joining("; ", "[", "]"));
    }

    private static String describe(MimeMessage message) {
        try {
            return "to " + Arrays.toString(message.getAllRecipients()) + " \"" + message.getSubject() + "\"";
        } catch (MessagingException e) {
            return "(unreadable message: " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return "EmbeddedSmtp[" + HOST + ":" + port + "]";
    }
}
