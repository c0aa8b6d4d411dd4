package org.openbenefits.delivery.mail;

import java.util.Properties;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Sends rendered e-mails over SMTP (Jakarta Mail), as multipart/alternative with a text and an HTML part, on
 * connections kept open between e-mails ({@link SmtpConnections}).
 */
@Singleton
public class SmtpMailer {

    private final Session session;
    private final SmtpConnections connections;
    private final InternetAddress from;

    SmtpMailer(@Value("${smtp.host}") String host, @Value("${smtp.port}") int port,
               @Value("${smtp.username:}") String username, @Value("${smtp.password:}") String password,
               @Value("${smtp.starttls:false}") boolean starttls, @Value("${smtp.from}") String from) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        boolean authenticate = !username.isBlank();
        properties.put("mail.smtp.auth", Boolean.toString(authenticate));
        this.session = authenticate
                ? Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(username, password);
                    }
                })
                : Session.getInstance(properties);
        this.connections = new SmtpConnections(session);
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("SMTP_FROM is not a valid address: " + from, e);
        }
    }

    /**
     * Sends one e-mail. {@code messageId} becomes the Message-ID header, so that the rare duplicate after a crash can
     * be recognised by the receiving side.
     */
    public void send(String messageId, String recipient, RenderedMail mail) {
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + messageId + "@openbenefits>");
                }
            };
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            message.setSubject(mail.subject(), "UTF-8");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), "UTF-8", "html");
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            message.setContent(alternative);
            message.saveChanges();
            connections.send(message);
        } catch (MessagingException e) {
            throw new MailNotSentException("SMTP refused or could not take message " + messageId, e);
        }
    }

    @PreDestroy
    void close() {
        connections.close();
    }

    /** The SMTP server could not take the e-mail; the event is retried, then parked on the dead-letter topic. */
    public static final class MailNotSentException extends RuntimeException {
        MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
