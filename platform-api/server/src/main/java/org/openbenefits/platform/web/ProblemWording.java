package org.openbenefits.platform.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The words of refusals, in French or English, from the bundles {@code i18n/problems.properties} (French) and
 * {@code i18n/problems_en.properties}: one sentence per code, with its parameters written {@code {name}}, and one
 * title per kind ({@code title.<KIND>}). Amounts, numbers and dates are written the way the language writes them.
 */
final class ProblemWording {

    static final String BUNDLE = "i18n.problems";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemWording() {
    }

    static String detail(Refusal refusal, String language) {
        return word(refusal.code(), refusal.parameters(), language);
    }

    static String field(FieldRefusal field, String language) {
        return word(field.code(), field.parameters(), language);
    }

    static String title(RefusalKind kind, String language) {
        return text("title." + kind.name(), language);
    }

    static String word(RefusalCode code, Map<String, Object> parameters, String language) {
        String template = text(code.code(), language);
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder worded = new StringBuilder();
        while (placeholder.find()) {
            Object value = parameters.get(placeholder.group(1));
            placeholder.appendReplacement(worded, Matcher.quoteReplacement(
                    value == null ? placeholder.group() : format(value, language)));
        }
        return placeholder.appendTail(worded).toString();
    }

    /** A parameter as the language writes it: "1 250,00 €" or "€1,250.00", "3 mai 2026" or "May 3, 2026". */
    static String format(Object value, String language) {
        Locale locale = Languages.ENGLISH.equals(language) ? Locale.UK : Locale.FRANCE;
        return switch (value) {
            case Money money -> money.format(language);
            case Long number -> NumberFormat.getIntegerInstance(locale).format(number);
            case Integer number -> NumberFormat.getIntegerInstance(locale).format(number);
            case LocalDate date -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
            default -> String.valueOf(value);
        };
    }

    /** The names of the parameters a bundle's sentence uses, for the tests of the bundles. */
    static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    private static String text(String key, String language) {
        Locale locale = Languages.ENGLISH.equals(language) ? Locale.ENGLISH : Locale.ROOT;
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException missing) {
            // The bundle tests keep every code worded: this is a bug, shown rather than hidden.
            return key;
        }
    }
}
