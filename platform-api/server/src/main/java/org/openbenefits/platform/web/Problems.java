package org.openbenefits.platform.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;

/** A {@link Refusal} as the body of an API error, worded in the request's language. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(Refusal refusal, int status, String language) {
        return new ProblemDetail("about:blank", ProblemWording.title(refusal.code().kind(), language), status,
                ProblemWording.detail(refusal, language), refusal.code().code(),
                refusal.fields().stream().map(field -> fieldError(field, language)).toList(),
                refusal.retryAfter() == null ? null : seconds(refusal.retryAfter()),
                json(refusal.parameters()));
    }

    /** A wait in whole seconds, rounded up, at least one: what Retry-After and {@code retryAfter} say. */
    static long seconds(java.time.Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    static ProblemDetail.FieldError fieldError(FieldRefusal field, String language) {
        return new ProblemDetail.FieldError(field.field(), ProblemWording.field(field, language), field.code().code(),
                json(field.parameters()));
    }

    /** Parameters as JSON carries them: amounts as decimal strings ("1250.00"), dates as ISO dates. */
    static Map<String, Object> json(Map<String, Object> parameters) {
        Map<String, Object> json = new LinkedHashMap<>();
        parameters.forEach((name, value) -> json.put(name, switch (value) {
            case Money money -> money.toDecimalString();
            case LocalDate date -> date.toString();
            default -> value;
        }));
        return json;
    }
}
