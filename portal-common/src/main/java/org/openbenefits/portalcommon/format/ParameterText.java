package org.openbenefits.portalcommon.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;

/**
 * A parameter of a platform-api refusal as a sentence of the page writes it, in the page's language. The API's JSON
 * carries amounts as decimal strings in euros ({@code "1250.00"}), dates as ISO dates ({@code "2026-05-03"}), counts
 * and limits as numbers (docs/api/errors.md): they read {@code 1 250,00 €} or {@code €1,250.00}, {@code 3 mai 2026} or
 * {@code 3 May 2026}, {@code 186 000} or {@code 186,000}. Any other text (a column's name, a character's U+ code, a
 * list of allowed values) is written as it is.
 */
public final class ParameterText {

    /** A style a bundle may ask for ({@code {limit,megabytes}}): a number of bytes in mebibytes, as the pages say "Mo". */
    public static final String MEGABYTES = "megabytes";

    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,16}\\.\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final BigDecimal MEBIBYTE = BigDecimal.valueOf(1024L * 1024);

    private ParameterText() {
    }

    /** The value as the language of {@code locale} writes it; {@code style} null for the value's own type. */
    public static String of(@Nullable Object value, Locale locale, @Nullable String style) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE;
        if (MEGABYTES.equals(style) && number(value) != null) {
            NumberFormat megabytes = NumberFormat.getNumberInstance(language);
            megabytes.setMaximumFractionDigits(1);
            return megabytes.format(number(value).divide(MEBIBYTE, 1, RoundingMode.DOWN));
        }
        return switch (value) {
            case null -> "";
            case Collection<?> values -> values.stream().map(each -> of(each, locale, style))
                    .collect(Collectors.joining(", "));
            case Number _ -> numberText(number(value), language);
            case LocalDate date -> date(date, language);
            case String text when AMOUNT.matcher(text).matches() ->
                    Euros.format(new BigDecimal(text).movePointRight(2).longValueExact(), language);
            case String text when DATE.matcher(text).matches() -> isoDate(text, language);
            default -> String.valueOf(value);
        };
    }

    private static String numberText(BigDecimal number, Locale language) {
        NumberFormat format = number.stripTrailingZeros().scale() <= 0 ? NumberFormat.getIntegerInstance(language)
                : NumberFormat.getNumberInstance(language);
        return format.format(number);
    }

    private static String isoDate(String text, Locale language) {
        try {
            return date(LocalDate.parse(text), language);
        } catch (DateTimeParseException notADay) {
            return text;
        }
    }

    private static String date(LocalDate date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
    }

    private static @Nullable BigDecimal number(@Nullable Object value) {
        return switch (value) {
            case BigDecimal decimal -> decimal;
            case BigInteger integer -> new BigDecimal(integer);
            case Long _, Integer _, Short _, Byte _ -> BigDecimal.valueOf(((Number) value).longValue());
            case Number other -> BigDecimal.valueOf(other.doubleValue());
            case null, default -> null;
        };
    }
}
