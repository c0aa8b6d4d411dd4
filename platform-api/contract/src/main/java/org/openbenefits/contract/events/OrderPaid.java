package org.openbenefits.contract.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code order.paid}: an order was paid (by allowances alone, or its card part authorised), its holds posted; what
 * delivery needs to send its e-tickets and e-gift cards and to ship its postal lines (docs/events.md). E-ticket codes
 * are named by their ids only, never by their text: delivery reads them where they are kept.
 *
 * @param orderId       the order's id
 * @param number        its readable number, the record key
 * @param deliveryEmail where e-mailed lines go
 * @param postalAddress where postal lines go, present exactly when a line is posted
 * @param shipBy        the day postal lines are shipped at the latest, when a line is posted
 */
@Serdeable
public record OrderPaid(long orderId, String number, long employerId, long employeeId, Instant paidAt,
                        long totalCents, long cardCents, String deliveryEmail, @Nullable Address postalAddress,
                        @Nullable LocalDate shipBy, List<Line> lines) implements PlatformEvent {

    public static final int VERSION = 1;

    public OrderPaid {
        lines = List.copyOf(lines);
    }

    /**
     * One line of the order.
     *
     * @param lineId       the order line's id
     * @param delivery     E_TICKET, E_GIFT_CARD or POSTAL
     * @param stockCodeIds the e-ticket codes issued to this line (ids of offer_stock_code), one per unit; empty for a
     *                     line whose offer's stock is a count
     */
    @Serdeable
    public record Line(long lineId, long offerId, String title, String delivery, int quantity, long netCents,
                       List<Long> stockCodeIds) {

        public Line {
            stockCodeIds = List.copyOf(stockCodeIds);
        }
    }

    /** A postal address (France unless country says otherwise). */
    @Serdeable
    public record Address(String line1, @Nullable String line2, String postalCode, String city, String country) {

        @Override
        public String toString() {
            return "Address[***]";
        }
    }

    @Override
    public String topic() {
        return Topics.ORDERS;
    }

    @Override
    public String key() {
        return number;
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public String type() {
        return "order.paid";
    }

    @Override
    public String toString() {
        return "OrderPaid[orderId=" + orderId + ", number=" + number + ", lines=" + lines.size() + "]";
    }
}
