package org.openbenefits.platform.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * Offers as platform admins see them, with their stock counted and flagged (low: 5 or fewer left; sold out: none).
 * Codes are counted here, never read.
 */
@Singleton
public class OfferReader {

    /**
     * Units left to sell: the count, or the codes not yet issued, less what pending checkouts hold (ADR 0013): the
     * count's {@code stock_held}, the codes reserved for an order ({@code held_by_order}).
     */
    public static final String AVAILABLE = """
            CASE WHEN o.stock_kind = 'CODES'
                 THEN (SELECT COUNT(*) FROM offer_stock_code s WHERE s.offer_id = o.id AND NOT s.issued
                       AND s.held_by_order IS NULL)
                 ELSE GREATEST(o.stock_count - o.stock_held, 0) END""";

    private static final String SELECT = """
            SELECT o.id, o.title, o.description, o.category, o.delivery, o.public_price_cents, o.employee_price_cents,
                   o.conditions, o.validity, o.max_per_order, o.published, o.stock_kind, o.created_at, o.updated_at,
                   (SELECT GROUP_CONCAT(oe.employer_id ORDER BY oe.employer_id) FROM offer_employer oe
                    WHERE oe.offer_id = o.id) AS employer_ids,
                   (SELECT COUNT(*) FROM offer_stock_code s WHERE s.offer_id = o.id AND s.issued) AS issued_codes,
                   """ + AVAILABLE + " AS available FROM offer o ";

    private final Jdbc jdbc;

    OfferReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every offer, by title then id. */
    @Transactional(readOnly = true)
    public List<OfferAdminView> all() {
        return jdbc.list(SELECT + "ORDER BY o.title, o.id", OfferReader::view);
    }

    @Transactional(readOnly = true)
    public Optional<OfferAdminView> find(long offerId) {
        return jdbc.one(SELECT + "WHERE o.id = ?", OfferReader::view, offerId);
    }

    private static OfferAdminView view(ResultSet row) throws SQLException {
        long available = row.getLong("available");
        Availability availability = Availability.of(available);
        String employers = row.getString("employer_ids");
        List<Long> employerIds = employers == null ? List.of()
                : java.util.Arrays.stream(employers.split(",")).map(Long::valueOf).toList();
        return new OfferAdminView(row.getLong("id"), row.getString("title"), row.getString("description"),
                row.getString("category"), row.getString("delivery"), row.getLong("public_price_cents"),
                row.getLong("employee_price_cents"), row.getString("conditions"), row.getString("validity"),
                row.getInt("max_per_order"), row.getBoolean("published"), employerIds, row.getString("stock_kind"),
                available, row.getLong("issued_codes"), availability == Availability.LOW,
                availability == Availability.SOLD_OUT, Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"));
    }
}
