package org.openbenefits.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * The day a postal order must ship by (docs/domain-rules.md, "Business calendar: ship-by date and support hours"): an
 * order paid before 15:00, Paris time, on a {@linkplain BusinessCalendar business day} ships that day; any other order
 * ships on the next business day. The portal shows this date before payment.
 */
public final class ShipByDate {

    /** Paid at this Paris time or later, an order ships on the next business day. */
    public static final LocalTime CUT_OFF = LocalTime.of(15, 0);

    private ShipByDate() {
    }

    /** The Paris day by which an order paid at that instant (any offset) must ship. */
    public static LocalDate of(Instant paidAt) {
        ZonedDateTime inParis = paidAt.atZone(BusinessCalendar.PARIS);
        boolean beforeCutOff = inParis.toLocalTime().isBefore(CUT_OFF);
        if (beforeCutOff && BusinessCalendar.isBusinessDay(inParis.toLocalDate())) {
            return inParis.toLocalDate();
        }
        return BusinessCalendar.nextBusinessDayAfter(inParis.toLocalDate());
    }
}
