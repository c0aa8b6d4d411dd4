package org.openbenefits.portal.cart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import io.micronaut.context.MessageSource;
import org.openbenefits.contract.api.cart.CartProblem;
import org.openbenefits.portalcommon.api.RefusalWording;
import org.openbenefits.portalcommon.format.Euros;

/**
 * The cart's words in the language of one request: texts, labels of codes (the code itself when a newer API sends
 * one the portal does not know), amounts, long dates, and the cart's problems in the portal's words for their codes,
 * the API's sentence otherwise.
 */
final class CartWording {

    private final MessageSource messages;
    private final RefusalWording refusals;
    private final Locale locale;

    CartWording(MessageSource messages, RefusalWording refusals, Locale locale) {
        this.messages = messages;
        this.refusals = refusals;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, locale, args).orElse(key);
    }

    String label(String prefix, String code) {
        return messages.getMessage(prefix + code, locale).orElse(code);
    }

    String euros(long cents) {
        return Euros.format(cents, locale);
    }

    /** "17 décembre 2026", "17 December 2026". */
    String longDate(LocalDate date) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE;
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(date);
    }

    String problem(CartProblem problem) {
        Map<String, Object> parameters = problem.parameters();
        return refusals.word(problem.code(), parameters, locale).orElse(problem.message());
    }
}
