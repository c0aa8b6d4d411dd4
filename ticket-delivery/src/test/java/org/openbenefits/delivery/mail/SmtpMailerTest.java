package org.openbenefits.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openbenefits.testkit.embedded.EmbeddedSmtp;

/** The mailer against an SMTP server of its own, which the test can stop and start again. */
class SmtpMailerTest {

    private static final RenderedMail MAIL = new RenderedMail("Bonjour", "<p>Bonjour</p>", "Bonjour");

    @Test
    void consecutive_emails_leave_with_their_own_message_id_and_recipient() throws Exception {
        try (EmbeddedSmtp smtp = EmbeddedSmtp.start(0)) {
            SmtpMailer mailer = mailer(smtp.port());

            for (int i = 1; i <= 3; i++) {
                mailer.send("notification-" + i, "person-" + i + "@example.org", MAIL);
            }
            mailer.close();

            List<MimeMessage> received = smtp.awaitMessages(3, Duration.ofSeconds(10));
            assertThat(received).extracting(MimeMessage::getMessageID)
                    .containsExactly("<notification-1@openbenefits>", "<notification-2@openbenefits>",
                            "<notification-3@openbenefits>");
            assertThat(received.get(2).getAllRecipients()[0].toString()).isEqualTo("person-3@example.org");
        }
    }

    @Test
    void an_email_after_the_server_dropped_the_kept_connection_still_leaves() {
        EmbeddedSmtp first = EmbeddedSmtp.start(0);
        int port = first.port();
        SmtpMailer mailer = mailer(port);
        mailer.send("before-restart", "camille@example.org", MAIL);
        first.close();

        try (EmbeddedSmtp second = EmbeddedSmtp.start(port)) {
            mailer.send("after-restart", "camille@example.org", MAIL);

            assertThat(second.awaitMessages(1, Duration.ofSeconds(10)))
                    .extracting(MimeMessage::getMessageID).containsExactly("<after-restart@openbenefits>");
        } finally {
            mailer.close();
        }
    }

    private static SmtpMailer mailer(int port) {
        return new SmtpMailer("127.0.0.1", port, "", "", false, "OpenBenefits <no-reply@openbenefits.example>");
    }
}
