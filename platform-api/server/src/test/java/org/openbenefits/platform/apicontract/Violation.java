package org.openbenefits.platform.apicontract;

import com.atlassian.oai.validator.report.ValidationReport;

/**
 * One finding of the validator on one exchange.
 *
 * @param exchange  "POST /api/v1/auth/sign-in → 400", as sent
 * @param operation the documented operation, or the exchange's method and path when the document has none
 * @param side      request or response
 * @param key       the validator's message key, e.g. {@code validation.response.body.schema.required}
 * @param message   the validator's message
 */
public record Violation(String exchange, String operation, int status, Side side, String key, String message) {

    /** Which half of the exchange the document finds fault with. */
    public enum Side { REQUEST, RESPONSE }

    static Violation of(Exchange exchange, String operation, ValidationReport.Message message) {
        Side side = message.getContext().flatMap(ValidationReport.MessageContext::getLocation)
                .map(location -> location == ValidationReport.MessageContext.Location.REQUEST ? Side.REQUEST
                        : Side.RESPONSE)
                .orElse(message.getKey().startsWith("validation.request") ? Side.REQUEST : Side.RESPONSE);
        String text = message.getMessage().replaceAll("\\s+", " ");
        for (String more : message.getAdditionalInfo()) {
            text += " (" + more + ")";
        }
        return new Violation(exchange.describe(), operation, exchange.status(), side, message.getKey(), text);
    }

    @Override
    public String toString() {
        return exchange + " [" + side.name().toLowerCase(java.util.Locale.ROOT) + "] " + key + ": " + message;
    }
}
