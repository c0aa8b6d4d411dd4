package org.openbenefits.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbenefits.testkit.embedded.EmbeddedSmtp;

/** The dev mailbox's archive keeps every e-mail once, whatever order the SMTP server lists its mailboxes in. */
class MailArchiveTest {

    @TempDir
    Path folder;

    @Test
    void a_new_mail_to_a_mailbox_that_is_not_the_last_one_is_archived_and_nothing_twice() throws Exception {
        try (EmbeddedSmtp smtp = EmbeddedSmtp.start(0); MailArchive archive = new MailArchive(smtp, folder)) {
            send(smtp, "ines@acme.example", "Invitation");
            send(smtp, "ines@maison.example", "Confirm the new address");
            assertThat(archive.list()).hasSize(2);

            send(smtp, "ines@acme.example", "The address changed");

            assertThat(archive.list()).extracting(mail -> mail.message().getSubject())
                    .containsExactlyInAnyOrder("Invitation", "Confirm the new address", "The address changed");
        }
    }

    private static void send(EmbeddedSmtp smtp, String to, String subject) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", Integer.toString(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Bonjour");
        Transport.send(message);
    }
}
