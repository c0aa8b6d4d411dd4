package org.openbenefits.portalcommon.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts as people read and type them. The API carries euro cents as whole numbers; the portals show them the French
 * way ({@code 1 234,56 €}) or the English way ({@code €1,234.56}) and read what a person types in an amount field.
 */
public final class Euros {

    private static final Pattern TYPED = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

    private Euros() {
    }

    /** {@code 123456} reads {@code 1 234,56 €} in French (narrow no-break spaces as the JDK writes them). */
    public static String format(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(
                "en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /**
     * A movement's amount with its sign, {@code +5 000,00 €} or {@code −30,00 €} (U+2212, the minus sign: a hyphen
     * reads as a dash beside an amount); zero has no sign.
     */
    public static String signed(long cents, Locale locale) {
        return (cents > 0 ? "+" : cents < 0 ? "\u2212" : "") + format(Math.abs(cents), locale);
    }

    /** French formatting, for places that have no request at hand. */
    public static String format(long cents) {
        return format(cents, Locale.FRANCE);
    }

    /**
     * What a person typed, in cents: {@code 12}, {@code 12,5}, {@code 12.50}, {@code 1 234,56} or {@code 30 €}; empty
     * when it is not an amount (letters, three decimals, a minus sign). Zero reads as zero: the caller says whether it
     * is allowed.
     */
    public static Optional<Long> parseCents(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replace("€", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!TYPED.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY)
                .movePointRight(2).longValueExact());
    }

    /** Cents as an amount field shows them for editing: {@code 1234,5} reads {@code 1234,50}; whole euros alone. */
    public static String forField(long cents) {
        return cents % 100 == 0 ? Long.toString(cents / 100) : String.format(Locale.FRANCE, "%d,%02d", cents / 100, cents % 100);
    }
}
