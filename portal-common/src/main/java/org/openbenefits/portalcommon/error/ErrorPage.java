package org.openbenefits.portalcommon.error;

import java.util.Set;

/**
 * What the error page says for an HTTP status: message keys for its heading and explanation.
 *
 * @param status     the HTTP status code shown discreetly on the page
 * @param titleKey   message key of the heading
 * @param messageKey message key of the explanation
 */
public record ErrorPage(int status, String titleKey, String messageKey) {

    /** The model attribute holding the error page. */
    public static final String MODEL_KEY = "errorPage";

    /** Statuses with their own texts in {@code i18n/common*.properties}; the others share a generic one. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 413, 500, 503);

    /** A form posted without its anti-forgery token, or with one from another browser session (403). */
    public static ErrorPage expiredForm() {
        return new ErrorPage(403, "error.csrf.title", "error.csrf.message");
    }

    public static ErrorPage forStatus(int status) {
        String key;
        if (EXPLAINED.contains(status)) {
            key = "error." + status;
        } else if (status >= 500) {
            key = "error.server";
        } else {
            key = "error.client";
        }
        return new ErrorPage(status, key + ".title", key + ".message");
    }
}
