package org.openbenefits.platform.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How e-mails and messages write dates and times: French style, on the Paris clock. */
public final class ParisFormats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(PARIS);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(PARIS);

    private ParisFormats() {
    }

    /** {@code 29/11/2026}. */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** {@code 22/11/2026 14:05}. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** {@code 14:05}. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** Whether both instants fall on the same calendar day in Paris. */
    public static boolean sameDay(Instant one, Instant other) {
        return DATE.format(one).equals(DATE.format(other));
    }
}
