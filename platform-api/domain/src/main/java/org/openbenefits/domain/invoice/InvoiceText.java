package org.openbenefits.domain.invoice;

import java.util.List;
import java.util.Objects;

/** Checks on the texts an invoice prints. */
final class InvoiceText {

    private InvoiceText() {
    }

    static String required(String what, String text) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("An invoice's " + what + " is not blank");
        }
        return text.strip();
    }

    /** Lines of an address: none blank. */
    static List<String> lines(String what, List<String> lines) {
        Objects.requireNonNull(lines, what);
        return lines.stream().map(line -> required(what, line)).toList();
    }
}
