package org.openbenefits.portal.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.micronaut.context.MessageSource;
import org.openbenefits.contract.api.order.PaidPart;
import org.openbenefits.portalcommon.format.Euros;

/**
 * The orders' words in the language of one request: texts, the labels of statuses, line states and allowance kinds
 * (the code itself when a newer API sends one the portal does not know yet), amounts, and dates as French dates.
 */
final class OrderWording {

    /** Orders are dated in Paris, whatever the server's zone. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final Locale locale;

    OrderWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** The text of {@code key}, {@code {0}}... replaced by {@code args}; the key itself if no bundle has it. */
    String text(String key, Object... args) {
        return messages.getMessage(key, locale, args).orElse(key);
    }

    /** The label of a code ({@code orders.status.} and {@code PAID}...), or the code when it has none. */
    String label(String prefix, String code) {
        return messages.getMessage(prefix + code, locale).orElse(code);
    }

    String euros(long cents) {
        return Euros.format(cents, locale);
    }

    String date(Instant at) {
        return DATE.format(at.atZone(PARIS));
    }

    String date(LocalDate day) {
        return DATE.format(day);
    }

    String time(Instant at) {
        return TIME.format(at.atZone(PARIS));
    }

    /** What paid an amount: "subvention 5,00 €, chèque culture 5,00 €, carte 2,00 €"; null when nothing did. */
    String paidBy(List<PaidPart> parts, long cardCents) {
        List<String> pieces = new ArrayList<>();
        for (PaidPart part : parts) {
            pieces.add(text("orders.paidBy.part", label("orders.paidBy.", part.kind()), euros(part.amountCents())));
        }
        if (cardCents > 0) {
            pieces.add(text("orders.paidBy.part", text("orders.paidBy.CARD"), euros(cardCents)));
        }
        return pieces.isEmpty() ? null : String.join(", ", pieces);
    }
}
