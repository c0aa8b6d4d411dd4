package org.openbenefits.platform.cart;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.me.PostalAddress;

/**
 * The employees' carts, kept in tables {@code cart} and {@code cart_line}: one cart per employee, created with its
 * first line or choice. Checkout empties it once an order is paid ({@link #clear}).
 */
@Singleton
public class Carts {

    private final Jdbc jdbc;

    Carts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The employee's cart, empty when they never filled it. */
    StoredCart of(long employeeId) {
        List<StoredCart.Line> lines = jdbc.list("""
                SELECT offer_id, quantity, price_when_added_cents FROM cart_line WHERE employee_id = ? ORDER BY id""",
                row -> new StoredCart.Line(row.getLong("offer_id"), row.getInt("quantity"),
                        Money.ofCents(row.getLong("price_when_added_cents"))), employeeId);
        return jdbc.one("SELECT * FROM cart WHERE employee_id = ?", row -> stored(row, lines), employeeId)
                .orElse(StoredCart.EMPTY);
    }

    /**
     * The employee's cart row, created if need be, locked until the transaction ends: two requests of one employee
     * change their cart one after the other (the count of lines stays true).
     */
    void lock(long employeeId, Instant now) {
        jdbc.update("""
                INSERT INTO cart (employee_id, updated_at) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE employee_id = employee_id""", employeeId, now);
        jdbc.one("SELECT employee_id FROM cart WHERE employee_id = ? FOR UPDATE", row -> row.getLong(1), employeeId);
    }

    /** Adds the line, or sets its quantity and price when added. The cart is {@link #lock locked}. */
    void putLine(long employeeId, long offerId, int quantity, Money price, Instant now) {
        int updated = jdbc.update("""
                UPDATE cart_line SET quantity = ?, price_when_added_cents = ?, added_at = ?
                WHERE employee_id = ? AND offer_id = ?""", quantity, price.cents(), now, employeeId, offerId);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO cart_line (employee_id, offer_id, quantity, price_when_added_cents, added_at)
                    VALUES (?, ?, ?, ?, ?)""", employeeId, offerId, quantity, price.cents(), now);
        }
        touch(employeeId, now);
    }

    /** Whether there was such a line. */
    boolean removeLine(long employeeId, long offerId, Instant now) {
        boolean removed = jdbc.update("DELETE FROM cart_line WHERE employee_id = ? AND offer_id = ?", employeeId,
                offerId) > 0;
        if (removed) {
            touch(employeeId, now);
        }
        return removed;
    }

    /** The code as typed (normalised), or null to forget it. The cart is {@link #lock locked}. */
    void setAdvantageCode(long employeeId, @Nullable String code, Instant now) {
        jdbc.update("UPDATE cart SET advantage_code = ?, updated_at = ? WHERE employee_id = ?", code, now, employeeId);
    }

    /** This order's delivery e-mail and address; null for the profile's. The cart is {@link #lock locked}. */
    void setDelivery(long employeeId, @Nullable String email, @Nullable PostalAddress address, Instant now) {
        jdbc.update("""
                UPDATE cart SET delivery_email = ?, address_line1 = ?, address_line2 = ?, address_postal_code = ?,
                                address_city = ?, address_country = ?, updated_at = ?
                WHERE employee_id = ?""", email, address == null ? null : address.line1(),
                address == null ? null : address.line2(), address == null ? null : address.postalCode(),
                address == null ? null : address.city(), address == null ? null : address.country(), now, employeeId);
    }

    /**
     * Empties the employee's cart: its lines, advantage code and this order's delivery choices. Checkout calls it in
     * the transaction that marks an order paid; a deleted account's cart goes the same way.
     */
    @Transactional
    public void clear(long employeeId) {
        jdbc.update("DELETE FROM cart_line WHERE employee_id = ?", employeeId);
        jdbc.update("DELETE FROM cart WHERE employee_id = ?", employeeId);
    }

    private void touch(long employeeId, Instant now) {
        jdbc.update("UPDATE cart SET updated_at = ? WHERE employee_id = ?", now, employeeId);
    }

    private static StoredCart stored(ResultSet row, List<StoredCart.Line> lines) throws SQLException {
        String line1 = row.getString("address_line1");
        PostalAddress address = line1 == null ? null : new PostalAddress(line1, row.getString("address_line2"),
                row.getString("address_postal_code"), row.getString("address_city"),
                Optional.ofNullable(row.getString("address_country")).orElse(PostalAddress.DEFAULT_COUNTRY));
        return new StoredCart(lines, Optional.ofNullable(row.getString("advantage_code")),
                row.getString("delivery_email"), address);
    }
}
