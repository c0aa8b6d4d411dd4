package org.openbenefits.domain.refusal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A refusal as a value: a stable code, the parameters its wording needs, the fields at fault, and for a refusal that
 * ends by itself how long to wait. Rules and use cases return it (inside a sealed outcome) or throw it
 * ({@link Refused}); each edge words it in the caller's language, the HTTP one as {@code application/problem+json}.
 *
 * @param code       the refusal's code
 * @param parameters exactly the parameters the code names, in its order
 * @param fields     the fields at fault, if any
 * @param retryAfter how long until the refusal ends by itself; null when it does not
 */
public record Refusal(RefusalCode code, Map<String, Object> parameters, List<FieldRefusal> fields, Duration retryAfter) {

    public Refusal {
        if (code.kind() == RefusalKind.FIELD) {
            throw new IllegalArgumentException(code.code() + " is a field code: put it in a FieldRefusal");
        }
        parameters = Parameters.check(code, parameters);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A refusal with its parameters as name, value, name, value... */
    public static Refusal of(RefusalCode code, Object... namesAndValues) {
        return new Refusal(code, Parameters.pairs(namesAndValues), List.of(), null);
    }

    /** A request whose fields break rules, all named at once ({@code request.invalid}). */
    public static Refusal invalid(List<FieldRefusal> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("An invalid request names at least one field");
        }
        return new Refusal(GeneralRefusal.INVALID_REQUEST, Map.of(), fields, null);
    }

    /** A request with one field at fault. */
    public static Refusal onField(String field, RefusalCode fieldCode, Object... namesAndValues) {
        return invalid(List.of(FieldRefusal.of(field, fieldCode, namesAndValues)));
    }

    /** This refusal with a field at fault added, for codes that point at one field of their own. */
    public Refusal withField(FieldRefusal field) {
        List<FieldRefusal> more = new java.util.ArrayList<>(fields);
        more.add(field);
        return new Refusal(code, parameters, more, retryAfter);
    }

    /** This refusal, ending by itself after {@code wait}. */
    public Refusal retryAfter(Duration wait) {
        return new Refusal(code, parameters, fields, wait);
    }

    /** This refusal as an exception, for a use case that must roll its transaction back. */
    public Refused toException() {
        return new Refused(this);
    }
}
