package org.openbenefits.domain.identity;

import java.util.Locale;

/** How the platform compares and shows e-mail addresses, which are personal data. */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** The form addresses are stored and looked up in: trimmed and lower-case. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The address with its local part hidden but for the first character, e.g. {@code c***@example.org}, so that a
     * person recognises it without the message disclosing it.
     */
    public static String mask(String email) {
        String address = normalise(email);
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
