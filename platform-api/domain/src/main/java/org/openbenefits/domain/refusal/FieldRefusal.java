package org.openbenefits.domain.refusal;

import java.util.Map;

/**
 * One field of a request at fault: where (its path, e.g. {@code amountCents}, {@code address.line1},
 * {@code children[1].birthDate}), which rule ({@code field.required}) and the values that rule needs to be worded.
 */
public record FieldRefusal(String field, RefusalCode code, Map<String, Object> parameters) {

    public FieldRefusal {
        if (code.kind() != RefusalKind.FIELD) {
            throw new IllegalArgumentException(code.code() + " is not a field code");
        }
        parameters = Parameters.check(code, parameters);
    }

    /** A field at fault, with its parameters as name, value, name, value... */
    public static FieldRefusal of(String field, RefusalCode code, Object... namesAndValues) {
        return new FieldRefusal(field, code, Parameters.pairs(namesAndValues));
    }

    /** The same rule on another field, e.g. the field's name in a form rather than in the API. */
    public FieldRefusal on(String otherField) {
        return new FieldRefusal(otherField, code, parameters);
    }
}
