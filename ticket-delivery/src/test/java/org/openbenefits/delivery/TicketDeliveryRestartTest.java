package org.openbenefits.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.delivery.NotificationTraffic.awaitMails;
import static org.openbenefits.delivery.NotificationTraffic.mailsOf;
import static org.openbenefits.delivery.NotificationTraffic.messageId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openbenefits.delivery.NotificationTraffic.Event;
import org.openbenefits.testkit.Infrastructure;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;
import org.slf4j.LoggerFactory;

/**
 * Issue 3's acceptance: ticket-delivery stopped in the middle of a backlog of invitations and started again sends
 * every invitation exactly once, even though Kafka and the outbox relay deliver some events more than once.
 */
@NeedsInfrastructure
class TicketDeliveryRestartTest {

    private static final int INVITATIONS = 200;
    private static final String DOMAIN = "restart.example.org";

    @Test
    void every_invitation_is_sent_exactly_once_when_the_consumer_is_stopped_mid_flight_and_restarted()
            throws Exception {
        Infrastructure infrastructure = TestInfrastructure.get();
        infrastructure.smtp().reset();
        ListAppender<ILoggingEvent> logs = captureLogs();
        try (NotificationTraffic traffic = new NotificationTraffic(infrastructure, "restart")) {
            List<Event> invitations = NotificationTraffic.invitations(INVITATIONS, DOMAIN);
            traffic.publish(withEveryTenthDeliveredTwice(invitations));
            Map<String, Object> properties = traffic.applicationProperties("delivery_restart");

            int sentBeforeStop;
            try (ApplicationContext first = ApplicationContext.run(properties)) {
                awaitMails(infrastructure, invitations, INVITATIONS / 3, Duration.ofSeconds(30));
            } finally {
                sentBeforeStop = mailsOf(infrastructure, invitations).size();
            }
            try (ApplicationContext second = ApplicationContext.run(properties)) {
                // The relay crashed after publishing these and before stamping them: it publishes them again.
                traffic.publish(invitations.subList(0, 30));
                awaitMails(infrastructure, invitations, INVITATIONS, Duration.ofSeconds(40));
                traffic.awaitAllConsumed(Duration.ofSeconds(20));
                NotificationTraffic.sleep(Duration.ofMillis(500));
            }

            List<MimeMessage> mails = mailsOf(infrastructure, invitations);
            System.out.printf("ticket-delivery stopped after %d of %d invitations, restarted, sent %d in all%n",
                    sentBeforeStop, INVITATIONS, mails.size());
            assertThat(sentBeforeStop).as("mails sent before the stop").isBetween(INVITATIONS / 3, INVITATIONS - 1);
            assertThat(mails).hasSize(INVITATIONS);
            assertThat(mails.stream().map(NotificationTraffic::messageId).distinct()).hasSize(INVITATIONS);
            Map<String, Long> mailsPerRecipient = mails.stream()
                    .collect(Collectors.groupingBy(NotificationTraffic::recipient, Collectors.counting()));
            assertThat(mailsPerRecipient).hasSize(INVITATIONS).allSatisfy((recipient, count) -> assertThat(count)
                    .as(recipient).isEqualTo(1L));
            Map<String, MimeMessage> byRecipient = mails.stream()
                    .collect(Collectors.toMap(NotificationTraffic::recipient, Function.identity()));
            assertThat(invitations).allSatisfy(invitation -> assertThat(messageId(
                    byRecipient.get(invitation.notification().recipient())))
                    .isEqualTo("<" + invitation.notification().notificationId() + "@openbenefits>"));
            assertThat(byRecipient.get("employee-0001@" + DOMAIN).getSubject())
                    .isEqualTo("Brasserie Martin vous invite à activer votre compte OpenBenefits");
            assertThat(byRecipient.get("employee-0002@" + DOMAIN).getSubject())
                    .isEqualTo("Brasserie Martin invites you to activate your OpenBenefits account");
        } finally {
            stopCapturing(logs);
        }
        assertThat(logs.list).as("ticket-delivery's logs").isNotEmpty();
        assertThat(logs.list.stream().map(TicketDeliveryRestartTest::logged).filter(line -> line.contains("@" + DOMAIN)))
                .as("log lines naming a recipient").isEmpty();
    }

    private static String logged(ILoggingEvent event) {
        IThrowableProxy throwable = event.getThrowableProxy();
        return event.getFormattedMessage() + (throwable == null ? "" : ThrowableProxyUtil.asString(throwable));
    }

    private static List<Event> withEveryTenthDeliveredTwice(List<Event> invitations) {
        List<Event> deliveries = new ArrayList<>();
        for (int i = 0; i < invitations.size(); i++) {
            deliveries.add(invitations.get(i));
            if (i % 10 == 0) {
                deliveries.add(invitations.get(i));
            }
        }
        return deliveries;
    }

    /** Collects what ticket-delivery logs; GreenMail, the test's mailbox, is not ticket-delivery and is left out. */
    private static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.addFilter(new Filter<>() {
            @Override
            public FilterReply decide(ILoggingEvent event) {
                return event.getLoggerName().startsWith("com.icegreen") ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
        });
        appender.start();
        root().addAppender(appender);
        return appender;
    }

    private static void stopCapturing(ListAppender<ILoggingEvent> appender) {
        root().detachAppender(appender);
        appender.stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
