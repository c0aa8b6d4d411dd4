package org.openbenefits.delivery.mail;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * SMTP connections kept open for the next e-mails. Opening one (greeting, EHLO, STARTTLS, login) takes several round
 * trips, far more than sending a message on it. A connection is reused only while the server still answers NOOP,
 * for a bounded number of messages and idle time, so that servers' own limits are rarely met; a connection on which
 * a send failed is closed, never reused. One connection per sending thread at most.
 */
final class SmtpConnections implements AutoCloseable {

    static final int MAX_MESSAGES_PER_CONNECTION = 100;
    static final Duration MAX_IDLE = Duration.ofSeconds(10);

    private final Session session;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    SmtpConnections(Session session) {
        this.session = session;
    }

    /** Sends a message whose headers are final ({@code saveChanges()} done) to all its recipients. */
    void send(MimeMessage message) throws MessagingException {
        Connection connection = borrow();
        try {
            connection.transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(connection.transport);
            throw e;
        }
        connection.messages++;
        giveBack(connection);
    }

    private Connection borrow() throws MessagingException {
        Connection candidate;
        while ((candidate = takeIdle()) != null) {
            boolean fresh = candidate.messages < MAX_MESSAGES_PER_CONNECTION
                    && System.nanoTime() - candidate.idleSince < MAX_IDLE.toNanos();
            if (fresh && candidate.transport.isConnected()) {
                return candidate;
            }
            closeQuietly(candidate.transport);
        }
        Transport transport = session.getTransport();
        transport.connect();
        return new Connection(transport);
    }

    private synchronized Connection takeIdle() {
        // Most recently used first: the others age out instead of all being kept warm.
        return idle.pollFirst();
    }

    private void giveBack(Connection connection) {
        synchronized (this) {
            if (!closed) {
                connection.idleSince = System.nanoTime();
                idle.addFirst(connection);
                return;
            }
        }
        closeQuietly(connection.transport);
    }

    /** Closes the idle connections; one in use is closed when its send ends. */
    @Override
    public void close() {
        List<Connection> closing;
        synchronized (this) {
            closed = true;
            closing = new ArrayList<>(idle);
            idle.clear();
        }
        closing.forEach(connection -> closeQuietly(connection.transport));
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // The connection is being dropped: a failing QUIT changes nothing.
        }
    }

    private static final class Connection {

        final Transport transport;
        int messages;
        long idleSince;

        Connection(Transport transport) {
            this.transport = transport;
        }
    }
}
