package org.openbenefits.platform.allowance.expiry;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.allowance.ExpiryReminders;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.notification.PortalLinks;
import org.openbenefits.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mails employees 30, 7 and 1 days before an active grant with a balance expires ({@link ExpiryReminders}), each
 * once: the grant_reminder row (unique per grant and reminder) and the e-mail's outbox row are written in one
 * transaction, with the grant locked, so that two instances never send the same reminder.
 */
@Singleton
public class RemindExpiringGrants {

    public static final String TEMPLATE = "allowance-reminder";
    static final String WALLET_PATH = "/mes-dotations";

    private static final Logger LOG = LoggerFactory.getLogger(RemindExpiringGrants.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int HORIZON_DAYS = ExpiryReminders.DAYS_BEFORE.getFirst();

    /** A grant a reminder may be due for, as found before locking it. */
    private record Candidate(long grantId, LocalDate expiresOn, OptionalInt mostUrgentSent) {
    }

    /** What the e-mail says, read with the grant locked. */
    private record Details(long balanceCents, String kind, LocalDate expiresOn, String campaignName, String firstName,
                           String language, String email) {
    }

    private final Jdbc jdbc;
    private final Outbox outbox;
    private final PortalLinks links;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    RemindExpiringGrants(Jdbc jdbc, Outbox outbox, PortalLinks links, TransactionOperations<Connection> transactions,
                         Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many reminders this call sent */
    public int remindDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ParisFormats.PARIS);
        List<Candidate> candidates = transactions.executeRead(status -> jdbc.list("""
                SELECT g.id, g.expires_on, (SELECT MIN(r.days_before) FROM grant_reminder r WHERE r.grant_id = g.id)
                       AS most_urgent_sent
                FROM allowance_grant g
                JOIN ledger_account a ON a.employer_id = g.employer_id AND a.type = 'GRANT' AND a.owner_id = g.id
                WHERE g.status = 'ACTIVE' AND g.expires_on > ? AND g.expires_on <= ? AND a.balance_cents > 0
                ORDER BY g.id""", row -> {
            Integer sent = Jdbc.nullableInt(row, "most_urgent_sent");
            return new Candidate(row.getLong("id"), row.getObject("expires_on", LocalDate.class),
                    sent == null ? OptionalInt.empty() : OptionalInt.of(sent));
        }, today, today.plusDays(HORIZON_DAYS)));
        int sent = 0;
        for (Candidate candidate : candidates) {
            if (ExpiryReminders.due(today, candidate.expiresOn(), candidate.mostUrgentSent()).isEmpty()) {
                continue;
            }
            try {
                if (transactions.executeWrite(status -> remind(candidate.grantId(), today))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.error("The reminder of grant {} could not be sent; the next run tries again",
                        candidate.grantId(), e);
            }
        }
        return sent;
    }

    private boolean remind(long grantId, LocalDate today) {
        boolean active = jdbc.one("SELECT status FROM allowance_grant WHERE id = ? FOR UPDATE",
                row -> row.getString(1), grantId).filter("ACTIVE"::equals).isPresent();
        if (!active) {
            return false;
        }
        List<Integer> sent = jdbc.list("SELECT days_before FROM grant_reminder WHERE grant_id = ? FOR UPDATE",
                row -> row.getInt(1), grantId);
        Details details = jdbc.one("""
                SELECT a.balance_cents, g.kind, g.expires_on, c.name, u.first_name, u.language,
                       COALESCE(p.delivery_email, p.work_email) AS email
                FROM allowance_grant g
                JOIN ledger_account a ON a.employer_id = g.employer_id AND a.type = 'GRANT' AND a.owner_id = g.id
                JOIN allowance_campaign c ON c.id = g.campaign_id
                JOIN user_account u ON u.id = g.employee_id
                JOIN employee_profile p ON p.user_account_id = g.employee_id
                WHERE g.id = ? AND u.status IN ('ACTIVE', 'INVITED')""",
                row -> new Details(row.getLong("balance_cents"), row.getString("kind"),
                        row.getObject("expires_on", LocalDate.class), row.getString("name"),
                        row.getString("first_name"), row.getString("language"), row.getString("email")), grantId)
                .orElse(null);
        if (details == null || details.balanceCents() <= 0) {
            return false;
        }
        OptionalInt mostUrgentSent = sent.stream().mapToInt(Integer::intValue).min();
        OptionalInt due = ExpiryReminders.due(today, details.expiresOn(), mostUrgentSent);
        if (due.isEmpty()) {
            return false;
        }
        jdbc.update("INSERT INTO grant_reminder (grant_id, days_before, sent_at) VALUES (?, ?, ?)", grantId,
                due.getAsInt(), clock.instant());
        long daysLeft = ChronoUnit.DAYS.between(today, details.expiresOn());
        outbox.append(new NotificationRequested(UUID.randomUUID(), details.email(), details.language(), TEMPLATE,
                Map.of("firstName", details.firstName(),
                        "campaignName", details.campaignName(),
                        "kind", details.kind(),
                        "balance", Money.ofCents(details.balanceCents()).format(details.language()),
                        "expiresOn", DATE.format(details.expiresOn()),
                        "daysLeft", Long.toString(daysLeft),
                        "walletUrl", links.portalOf(Role.EMPLOYEE) + WALLET_PATH)));
        return true;
    }
}
