package org.openbenefits.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;

/**
 * Odd input for the API, from a seeded {@link Random} so that a failure replays: identifiers and query values that
 * are not what the route expects, and bodies that are broken, hostile, or well-formed with each field at an extreme or
 * of the wrong type.
 */
final class OddInput {

    /** Path segments and query values, already encoded for a URL. */
    static final List<String> VALUES = List.of("abc", "-1", "0", "1.5", "1e3", "99999999999999999999",
            "9223372036854775807", "-9223372036854775809", "%00", "%E2%80%AE", "%C3%28", "%20", "true", "null",
            "%7B%7D", "..%2F..%2Fetc", "9".repeat(400));

    private final Random random;

    OddInput(long seed) {
        this.random = new Random(seed);
    }

    /** Bodies that are no good JSON object, whatever the route. */
    List<byte[]> brokenBodies() {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : List.of("", " ", "null", "[]", "{}", "\"x\"", "{", "}", "{\"a\":1} {\"a\":2}",
                "{\"a\":1,\"a\":2}", "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
                "[".repeat(3000), "{\"a\":\"\\ud800\"}", "{\"a\":1e999999}", "{\"a\":" + "9".repeat(2000) + "}",
                "{\"a\":\"" + "x".repeat(200_000) + "\"}", "\uFEFF{}", "{'a':1}", "{\"a\":NaN}", "{\"a\":01}")) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add("{\"a\":1}".getBytes(StandardCharsets.UTF_16));
        for (int i = 0; i < 4; i++) {
            byte[] noise = new byte[1 + random.nextInt(600)];
            random.nextBytes(noise);
            bodies.add(noise);
        }
        return bodies;
    }

    /** Well-formed objects of the body's type: each field in turn at an extreme, then of a wrong type. */
    List<byte[]> typedBodies(Argument<?> type) {
        List<Argument<?>> fields = fieldsOf(type);
        List<byte[]> bodies = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            StringBuilder json = new StringBuilder("{");
            for (Argument<?> field : fields) {
                json.append(json.length() > 1 ? "," : "").append('"').append(field.getName()).append("\":")
                        .append(round % 2 == 0 ? extreme(field, 0) : wrongType(field));
            }
            bodies.add(json.append('}').toString().getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private String extreme(Argument<?> type, int depth) {
        Class<?> java = type.getType();
        if (java == String.class) {
            return pick("\"\"", "\"" + "é".repeat(1000) + "\"", "\"a\\u202Eb\"", "\"\\u0000\"", "\" \"",
                    "\"e\\u0301\"", "\"*\"", "\"SUBSIDY\"", "\"ALL\"", "\"LIST\"", "\"NOEL_ENFANT\"",
                    "\"person@example.org\"");
        }
        if (java == long.class || java == Long.class) {
            return pick(Long.toString(Long.MAX_VALUE), Long.toString(Long.MIN_VALUE), "0", "-1", "1");
        }
        if (java == int.class || java == Integer.class) {
            return pick(Integer.toString(Integer.MAX_VALUE), Integer.toString(Integer.MIN_VALUE), "0", "101");
        }
        if (java == boolean.class || java == Boolean.class) {
            return pick("true", "false");
        }
        if (java == LocalDate.class) {
            return pick("\"1900-01-01\"", "\"2100-12-31\"", "\"" + LocalDate.now() + "\"", "null");
        }
        if (Collection.class.isAssignableFrom(java)) {
            Argument<?> element = type.getFirstTypeVariable().orElse(Argument.STRING);
            List<String> elements = new ArrayList<>();
            for (int i = 0, n = pick(0, 1, 3, 60); i < n; i++) {
                elements.add(depth > 3 ? "null" : extreme(element, depth + 1));
            }
            return "[" + String.join(",", elements) + "]";
        }
        if (depth <= 3 && BeanIntrospector.SHARED.findIntrospection(java).isPresent()) {
            StringBuilder json = new StringBuilder("{");
            for (Argument<?> field : fieldsOf(type)) {
                json.append(json.length() > 1 ? "," : "").append('"').append(field.getName()).append("\":")
                        .append(extreme(field, depth + 1));
            }
            return json.append('}').toString();
        }
        return "null";
    }

    private String wrongType(Argument<?> type) {
        Class<?> java = type.getType();
        if (java == String.class) {
            return pick("123", "true", "[\"a\"]", "{\"a\":1}");
        }
        if (java == LocalDate.class) {
            return pick("\"+99999-01-01\"", "\"9999-12-31\"", "\"2026-02-30\"", "20261231", "\"31/12/2026\"");
        }
        return pick("1.9", "\"100\"", "true", "[]", "{}", "\"\"", "-0.0", "1e400", "99999999999999999999999");
    }

    private static List<Argument<?>> fieldsOf(Argument<?> type) {
        return BeanIntrospector.SHARED.findIntrospection(type.getType())
                .map(introspection -> List.of(((BeanIntrospection<?>) introspection).getConstructorArguments()))
                .orElse(List.of());
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
