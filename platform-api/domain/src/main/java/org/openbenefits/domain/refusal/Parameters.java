package org.openbenefits.domain.refusal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.openbenefits.domain.money.Money;

/** The parameters of a refusal: exactly those its code names, in its order, of types every edge can word. */
final class Parameters {

    private Parameters() {
    }

    static Map<String, Object> pairs(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters go by pairs: name, value");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    static Map<String, Object> check(RefusalCode code, Map<String, Object> given) {
        Map<String, Object> parameters = given == null ? Map.of() : given;
        if (!Set.copyOf(code.parameters()).equals(parameters.keySet())) {
            throw new IllegalArgumentException(code.code() + " takes the parameters " + code.parameters()
                    + ", not " + parameters.keySet());
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String name : code.parameters()) {
            Object value = parameters.get(name);
            if (!(value instanceof String || value instanceof Long || value instanceof Integer
                    || value instanceof Money || value instanceof LocalDate)) {
                throw new IllegalArgumentException(code.code() + ": parameter " + name
                        + " must be a String, Long, Integer, Money or LocalDate, not " + value);
            }
            ordered.put(name, value);
        }
        return Collections.unmodifiableMap(ordered);
    }
}
