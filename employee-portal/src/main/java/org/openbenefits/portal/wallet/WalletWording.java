package org.openbenefits.portal.wallet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.micronaut.context.MessageSource;
import org.openbenefits.portalcommon.format.Euros;

/**
 * The wallet's words in the language of one request: its texts, the labels of kinds, categories and movements (the
 * code itself when a newer API sends one the portal does not know yet), amounts and dates as people read them.
 */
final class WalletWording {

    /** Business dates are French dates, whatever the server's zone. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final Locale locale;

    WalletWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The text of {@code key}, {@code {0}}... replaced by {@code args}; the key itself if no bundle has it. */
    String text(String key, Object... args) {
        return messages.getMessage(key, locale, args).orElse(key);
    }

    /** The label of a code ({@code allowance.kind.} and {@code SUBSIDY}...), or the code when it has none. */
    String label(String prefix, String code) {
        return messages.getMessage(prefix + code, locale).orElse(code);
    }

    String euros(long cents) {
        return Euros.format(cents, locale);
    }

    /** {@code +150,00 €} or {@code −40,00 €}, as the grant sees the movement. */
    String signedEuros(long cents) {
        return Euros.signed(cents, locale);
    }

    String date(LocalDate date) {
        return DATE.format(date);
    }

    static LocalDate day(Instant at) {
        return at.atZone(PARIS).toLocalDate();
    }
}
