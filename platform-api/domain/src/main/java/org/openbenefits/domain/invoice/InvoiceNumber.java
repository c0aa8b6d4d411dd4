package org.openbenefits.domain.invoice;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openbenefits.domain.calendar.BusinessCalendar;

/**
 * The number an invoice is known by: {@code F-2026-000001}, the calendar year (Paris time) it was issued in, then its
 * place in that year's unbroken sequence, from 1, on six digits at least (more once a year passes 999,999). Numbers of
 * one year sort in issue order, as text too while the sequence keeps six digits.
 *
 * @param year     the calendar year of issue, Europe/Paris
 * @param sequence the place in the year's sequence, from 1
 */
public record InvoiceNumber(int year, long sequence) implements Comparable<InvoiceNumber> {

    private static final Pattern FORMAT = Pattern.compile("F-([0-9]{4})-([0-9]{6,})");

    public InvoiceNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("An invoice year has four digits from 2000: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("An invoice sequence starts at 1: " + sequence);
        }
    }

    /** The calendar year, in Paris, that an invoice issued at this instant belongs to. */
    public static int yearOf(Instant at) {
        return at.atZone(BusinessCalendar.PARIS).getYear();
    }

    /** Reads a number written as {@link #value()} gives it; anything else is refused. */
    public static InvoiceNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches() || matcher.group(2).length() > 6 && matcher.group(2).startsWith("0")) {
            throw new IllegalArgumentException("Not an invoice number: " + text);
        }
        return new InvoiceNumber(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)));
    }

    /** The number as printed, e.g. {@code F-2026-000001}. */
    public String value() {
        return "F-" + year + "-" + String.format("%06d", sequence);
    }

    @Override
    public int compareTo(InvoiceNumber other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}
