package org.openbenefits.admin.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.portalcommon.format.Euros;

/**
 * Amounts and dates as the pages show them, in the page's language; every page's model holds one as {@code fmt}
 * ({@link FormatsModelProcessor}): {@code ${fmt.euros(campaign.amountCents)}}, {@code ${fmt.date(grant.expiresOn)}},
 * {@code ${fmt.count(report.errorCount)}}.
 * Dates and times are read in Paris, where the business runs.
 */
public record Formats(Locale locale) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** {@code 123456} reads {@code 1 234,56 €} in French, {@code €1,234.56} in English. */
    public String euros(long cents) {
        return Euros.format(cents, locale);
    }

    /** As {@link #euros}, without the decimals of a whole amount: a threshold of {@code 200 €}. */
    public String wholeEuros(long cents) {
        String formatted = euros(cents);
        return cents % 100 == 0 ? formatted.replaceAll("[.,]00(?=\\D*$)", "") : formatted;
    }

    /** A movement's amount with its sign: {@code +5 000,00 €}, {@code −30,00 €}. */
    public String signedEuros(long cents) {
        return Euros.signed(cents, locale);
    }

    /** A count: {@code 186 000} in French, {@code 186,000} in English. */
    public String count(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    public String date(@Nullable LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }

    /** A moment, to the minute, in Paris time. */
    public String when(@Nullable Instant instant) {
        return instant == null ? "—" : WHEN.format(instant.atZone(PARIS));
    }
}
