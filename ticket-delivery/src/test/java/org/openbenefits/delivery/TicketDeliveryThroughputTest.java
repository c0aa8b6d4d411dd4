package org.openbenefits.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.delivery.NotificationTraffic.awaitMails;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openbenefits.delivery.NotificationTraffic.Event;
import org.openbenefits.testkit.Infrastructure;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Measures how many e-mails per second one ticket-delivery instance sends, from Kafka through the inbox and the
 * templates to the SMTP server, for issue 3's closing note. The figure is printed, not asserted: it depends on the
 * machine.
 */
@NeedsInfrastructure
class TicketDeliveryThroughputTest {

    private static final int INVITATIONS = 500;

    @Test
    void prints_how_many_emails_per_second_one_instance_sends() {
        Infrastructure infrastructure = TestInfrastructure.get();
        infrastructure.smtp().reset();
        try (NotificationTraffic traffic = new NotificationTraffic(infrastructure, "throughput");
             ApplicationContext ignored = ApplicationContext.run(traffic.applicationProperties("delivery_throughput"))) {
            // A first invitation, so that the consumer has joined its group and the templates are parsed.
            List<Event> warmUp = NotificationTraffic.invitations(1, "warm-up.example.org");
            traffic.publish(warmUp);
            awaitMails(infrastructure, warmUp, 1, Duration.ofSeconds(30));

            List<Event> invitations = NotificationTraffic.invitations(INVITATIONS, "throughput.example.org");
            long start = System.nanoTime();
            traffic.publish(invitations);
            List<MimeMessage> mails = awaitMails(infrastructure, invitations, INVITATIONS, Duration.ofSeconds(120));
            double seconds = (System.nanoTime() - start) / 1e9;

            System.out.printf(Locale.ROOT, "e-mails per second through ticket-delivery: %.0f (%d e-mails in %.1f s)%n",
                    INVITATIONS / seconds, INVITATIONS, seconds);
            assertThat(mails).hasSize(INVITATIONS);
        }
    }
}
