package org.openbenefits.platform.allowance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.GrantPage;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.notification.ParisFormats;

/**
 * Reads grants as {@link GrantView}s, with their balance from the ledger. A grant past its last valid day reads
 * EXPIRED even before the daily job has returned its balance; {@code daysLeft} counts Paris days from today.
 */
@Singleton
public class GrantReader {

    static final String SELECT = """
            SELECT g.id, g.campaign_id, c.name AS campaign_name, g.employee_id, u.first_name, u.last_name, g.kind,
                   g.amount_cents, a.balance_cents, g.valid_from, g.expires_on, c.categories, c.max_share_percent,
                   c.urssaf_event, g.status, g.granted_at, g.ended_at
            FROM allowance_grant g
            JOIN allowance_campaign c ON c.id = g.campaign_id
            JOIN user_account u ON u.id = g.employee_id
            JOIN ledger_account a ON a.employer_id = g.employer_id AND a.type = 'GRANT' AND a.owner_id = g.id
            """;

    private final Jdbc jdbc;
    private final Clock clock;

    GrantReader(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The grant, if it belongs to this employer. */
    @Transactional(readOnly = true)
    public Optional<GrantView> find(long employerId, long grantId) {
        LocalDate today = today();
        return jdbc.one(SELECT + "WHERE g.id = ? AND g.employer_id = ?", row -> view(row, today), grantId,
                employerId);
    }

    /** A page of a campaign's grants, by employee name. */
    @Transactional(readOnly = true)
    public GrantPage ofCampaign(long employerId, long campaignId, int page, int size) {
        LocalDate today = today();
        long total = jdbc.number("SELECT COUNT(*) FROM allowance_grant WHERE campaign_id = ? AND employer_id = ?",
                campaignId, employerId);
        List<GrantView> items = jdbc.list(SELECT + """
                WHERE g.campaign_id = ? AND g.employer_id = ?
                ORDER BY u.last_name, u.first_name, g.id LIMIT ? OFFSET ?""", row -> view(row, today), campaignId,
                employerId, size, (long) page * size);
        return new GrantPage(items, page, size, total);
    }

    /** Every grant of an employee, in no particular order. */
    @Transactional(readOnly = true)
    public List<GrantView> ofEmployee(long employeeId) {
        LocalDate today = today();
        return jdbc.list(SELECT + "WHERE g.employee_id = ?", row -> view(row, today), employeeId);
    }

    /** Today in Paris, from the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ParisFormats.PARIS);
    }

    private static GrantView view(ResultSet row, LocalDate today) throws SQLException {
        LocalDate expiresOn = row.getObject("expires_on", LocalDate.class);
        String status = row.getString("status");
        Integer daysLeft = null;
        if (GrantStatus.ACTIVE.name().equals(status)) {
            if (expiresOn.isBefore(today)) {
                status = GrantStatus.EXPIRED.name();
            } else {
                daysLeft = (int) ChronoUnit.DAYS.between(today, expiresOn);
            }
        }
        return new GrantView(row.getLong("id"), row.getLong("campaign_id"), row.getString("campaign_name"),
                row.getLong("employee_id"), row.getString("first_name") + " " + row.getString("last_name"),
                row.getString("kind"), row.getLong("amount_cents"), row.getLong("balance_cents"),
                row.getObject("valid_from", LocalDate.class), expiresOn, categories(row.getString("categories")),
                Jdbc.nullableInt(row, "max_share_percent"), row.getString("urssaf_event"), status, daysLeft,
                Jdbc.instant(row, "granted_at"), Jdbc.instant(row, "ended_at"));
    }

    static List<String> categories(String stored) {
        return Arrays.stream(stored.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }
}
