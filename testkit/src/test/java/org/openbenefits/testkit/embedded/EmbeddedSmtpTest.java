package org.openbenefits.testkit.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedSmtpTest {

    private static final EmbeddedSmtp SMTP = EmbeddedSmtp.start(0);

    @AfterAll
    static void stop() {
        SMTP.close();
    }

    @BeforeEach
    void emptyMailbox() {
        SMTP.reset();
    }

    @Test
    void a_mail_sent_over_smtp_is_received() throws Exception {
        send("camille.martin@example.fr", "Votre e-billet : Cinéma Le Grand Rex");

        List<MimeMessage> messages = SMTP.awaitMessages(1, Duration.ofSeconds(5));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Votre e-billet : Cinéma Le Grand Rex");
            assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("camille.martin@example.fr");
            assertThat(message.getFrom()).extracting(Object::toString).containsExactly("billets@openbenefits.test");
            assertThat(message.getContent().toString()).contains("Bonne séance");
        });
    }

    @Test
    void awaiting_more_mails_than_arrive_fails_naming_those_that_did() throws Exception {
        send("lea.durand@example.fr", "Votre commande est expédiée");

        assertThatThrownBy(() -> SMTP.awaitMessages(2, Duration.ofMillis(500)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Expected 2 mail(s)")
                .hasMessageContaining("1 arrived")
                .hasMessageContaining("lea.durand@example.fr")
                .hasMessageContaining("Votre commande est expédiée");
    }

    @Test
    void reset_forgets_the_mails_received() throws Exception {
        send("lea.durand@example.fr", "Rappel : votre chèque cadeau expire dans 7 jours");
        SMTP.awaitMessages(1, Duration.ofSeconds(5));

        SMTP.reset();

        assertThat(SMTP.messages()).isEmpty();
    }

    private static void send(String to, String subject) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", SMTP.host());
        properties.put("mail.smtp.port", String.valueOf(SMTP.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("billets@openbenefits.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Bonjour,\nBonne séance !", "UTF-8");
        Transport.send(message);
    }
}
