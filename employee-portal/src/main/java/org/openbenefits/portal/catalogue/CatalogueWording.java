package org.openbenefits.portal.catalogue;

import java.util.Locale;

import io.micronaut.context.MessageSource;
import org.openbenefits.portalcommon.format.Euros;

/**
 * The catalogue's words in the language of one request: its texts, the labels of categories, delivery types and
 * availabilities (the code itself when a newer API sends one the portal does not know yet), and amounts.
 */
final class CatalogueWording {

    private final MessageSource messages;
    private final Locale locale;

    CatalogueWording(MessageSource messages, Locale locale) {
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

    /** The label of a code ({@code allowance.category.} and {@code SHOWS}...), or the code when it has none. */
    String label(String prefix, String code) {
        return messages.getMessage(prefix + code, locale).orElse(code);
    }

    String euros(long cents) {
        return Euros.format(cents, locale);
    }
}
