package org.openbenefits.platform.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The offers, their employer restriction and their stock. E-ticket codes go in and are counted here; nothing of this
 * class reads a code's value back, except {@link #storedAmong} which only says which of the given ones exist.
 */
@Singleton
class Offers {

    /** An offer row locked for a change of stock or publication. */
    record Locked(long id, StockKind stockKind, boolean published) {
    }

    private final Jdbc jdbc;

    Offers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OfferFields fields, long adminId, Instant now) {
        long id = jdbc.insert("""
                INSERT INTO offer (title, description, category, delivery, public_price_cents, employee_price_cents,
                                   conditions, validity, max_per_order, published, restricted, stock_kind, stock_count,
                                   created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0, ?, ?, ?)""",
                fields.title(), fields.description(), fields.category(), fields.delivery(), fields.publicPriceCents(),
                fields.employeePriceCents(), fields.conditions(), fields.validity(), fields.maxPerOrder(),
                !fields.employerIds().isEmpty(), StockKind.COUNT, adminId, now, now);
        restrict(id, fields.employerIds());
        return id;
    }

    void update(long id, OfferFields fields, Instant now) {
        jdbc.update("""
                UPDATE offer SET title = ?, description = ?, category = ?, delivery = ?, public_price_cents = ?,
                                 employee_price_cents = ?, conditions = ?, validity = ?, max_per_order = ?,
                                 restricted = ?, updated_at = ?
                WHERE id = ?""", fields.title(), fields.description(), fields.category(), fields.delivery(),
                fields.publicPriceCents(), fields.employeePriceCents(), fields.conditions(), fields.validity(),
                fields.maxPerOrder(), !fields.employerIds().isEmpty(), now, id);
        jdbc.update("DELETE FROM offer_employer WHERE offer_id = ?", id);
        restrict(id, fields.employerIds());
    }

    Optional<Locked> lock(long id) {
        return jdbc.one("SELECT id, stock_kind, published FROM offer WHERE id = ? FOR UPDATE",
                row -> new Locked(row.getLong("id"), StockKind.valueOf(row.getString("stock_kind")),
                        row.getBoolean("published")), id);
    }

    void publish(long id, boolean published, Instant now) {
        jdbc.update("UPDATE offer SET published = ?, updated_at = ? WHERE id = ?", published, now, id);
    }

    void setCount(long id, long count, Instant now) {
        jdbc.update("UPDATE offer SET stock_count = ?, updated_at = ? WHERE id = ?", count, now, id);
    }

    /** Turns the offer's stock into codes: from now on, its available stock is its codes not yet issued. */
    void useCodes(long id, Instant now) {
        jdbc.update("UPDATE offer SET stock_kind = ?, stock_count = 0, updated_at = ? WHERE id = ?",
                StockKind.CODES, now, id);
    }

    /** Which of these codes the offer already holds (compared byte for byte). */
    Set<String> storedAmong(long offerId, List<String> codes) {
        Set<String> stored = new java.util.HashSet<>();
        int chunk = 500;
        for (int from = 0; from < codes.size(); from += chunk) {
            List<String> part = codes.subList(from, Math.min(codes.size(), from + chunk));
            List<Object> parameters = new ArrayList<>();
            parameters.add(offerId);
            parameters.addAll(part);
            String marks = part.stream().map(code -> "?").collect(Collectors.joining(", "));
            stored.addAll(jdbc.list("SELECT code FROM offer_stock_code WHERE offer_id = ? AND code IN (" + marks + ")",
                    row -> row.getString("code"), parameters.toArray()));
        }
        return stored;
    }

    void addCodes(long offerId, List<String> codes, Instant now) {
        List<Object[]> rows = codes.stream().map(code -> new Object[]{offerId, code, false, now}).toList();
        jdbc.insertRows("offer_stock_code", List.of("offer_id", "code", "issued", "created_at"), rows);
    }

    long availableCodes(long offerId) {
        return jdbc.number("SELECT COUNT(*) FROM offer_stock_code WHERE offer_id = ? AND NOT issued "
                + "AND held_by_order IS NULL", offerId);
    }

    private void restrict(long id, List<Long> employerIds) {
        if (!employerIds.isEmpty()) {
            jdbc.insertRows("offer_employer", List.of("offer_id", "employer_id"),
                    employerIds.stream().map(employer -> new Object[]{id, employer}).toList());
        }
    }
}
