package org.openbenefits.platform.web;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.domain.text.UserText;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;

/**
 * Texts that come in a query string (a search term) follow the rule of texts in bodies ({@link UserText}): a
 * controller passes them through here before using them.
 */
public final class TextParameters {

    private TextParameters() {
    }

    /**
     * @param name  the parameter's name, which the refusal names
     * @param value the parameter as received, or null when absent
     * @return the text in NFC, or null when absent
     * @throws Refused {@code request.invalid}, the text rule's code on the parameter
     */
    public static @Nullable String oneLine(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (UserText.check(value, UserText.Lines.ONE)) {
            case UserText.Accepted accepted -> accepted.text();
            case UserText.Refused refused -> throw Refusal.invalid(List.of(refused.on(name))).toException();
        };
    }
}
