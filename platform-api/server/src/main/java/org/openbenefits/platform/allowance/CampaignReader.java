package org.openbenefits.platform.allowance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.platform.infrastructure.Jdbc;

/** Reads an employer's campaigns with where their money stands: distributed, still held by grants, returned. */
@Singleton
public class CampaignReader {

    private static final String SELECT = """
            SELECT c.id, c.kind, c.name, c.amount_cents, c.per_child, c.valid_from, c.valid_to, c.categories,
                   c.max_share_percent, c.urssaf_event, c.target, c.target_value, c.created_at,
                   u.first_name, u.last_name,
                   (SELECT COUNT(*) FROM allowance_grant g WHERE g.campaign_id = c.id) AS grants,
                   (SELECT COALESCE(SUM(g.amount_cents), 0) FROM allowance_grant g
                     WHERE g.campaign_id = c.id) AS distributed,
                   (SELECT COALESCE(SUM(a.balance_cents), 0) FROM allowance_grant g
                     JOIN ledger_account a ON a.employer_id = g.employer_id AND a.type = 'GRANT' AND a.owner_id = g.id
                     WHERE g.campaign_id = c.id) AS remaining,
                   (SELECT COALESCE(SUM(e.amount_cents), 0) FROM ledger_movement m
                     JOIN ledger_entry e ON e.movement_id = m.id
                     JOIN ledger_account b ON b.id = e.account_id AND b.type = 'EMPLOYER_BUDGET'
                     WHERE m.campaign_id = c.id AND m.kind IN ('REVOCATION', 'EXPIRY', 'REFUND_AFTER_EXPIRY'))
                     AS returned
            FROM allowance_campaign c JOIN user_account u ON u.id = c.created_by
            """;

    private final Jdbc jdbc;

    CampaignReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The employer's campaigns, newest first. */
    @Transactional(readOnly = true)
    public List<CampaignView> list(long employerId) {
        return jdbc.list(SELECT + "WHERE c.employer_id = ? ORDER BY c.id DESC", CampaignReader::view, employerId);
    }

    /** The campaign, if it belongs to this employer. */
    @Transactional(readOnly = true)
    public Optional<CampaignView> find(long employerId, long campaignId) {
        return jdbc.one(SELECT + "WHERE c.id = ? AND c.employer_id = ?", CampaignReader::view, campaignId,
                employerId);
    }

    /** Whether the campaign exists and belongs to this employer. */
    @Transactional(readOnly = true)
    public boolean idExists(long employerId, long campaignId) {
        return jdbc.number("SELECT COUNT(*) FROM allowance_campaign WHERE id = ? AND employer_id = ?", campaignId,
                employerId) > 0;
    }

    /** The id of the employer's campaign of this name, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> idByName(long employerId, String name) {
        return jdbc.one("SELECT id FROM allowance_campaign WHERE employer_id = ? AND name = ? ORDER BY id",
                row -> row.getLong(1), employerId, name);
    }

    private static CampaignView view(ResultSet row) throws SQLException {
        return new CampaignView(row.getLong("id"), row.getString("kind"), row.getString("name"),
                row.getLong("amount_cents"), row.getBoolean("per_child"), row.getObject("valid_from", LocalDate.class),
                row.getObject("valid_to", LocalDate.class), GrantReader.categories(row.getString("categories")),
                Jdbc.nullableInt(row, "max_share_percent"), row.getString("urssaf_event"), row.getString("target"),
                row.getString("target_value"), row.getInt("grants"), row.getLong("distributed"),
                row.getLong("remaining"), row.getLong("returned"),
                row.getString("first_name") + " " + row.getString("last_name"), Jdbc.instant(row, "created_at"));
    }
}
