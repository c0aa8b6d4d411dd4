package org.openbenefits.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.config.annotation.SerdeConfig;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.MultiLineText;
import org.openbenefits.domain.text.UserText;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;

/**
 * Reads a request body strictly against the record it binds to, and writes it back in a canonical form for the
 * deserializer. Strict: one JSON object in UTF-8 and nothing after it, no key twice in an object, at most
 * {@value #MAX_DEPTH} levels deep; whole numbers without decimals, quotes or exponent and within the field's range;
 * {@code true} or {@code false} for booleans; dates written YYYY-MM-DD between 1900 and 2100; texts as JSON strings that
 * meet {@link UserText}. Canonical: texts normalised to NFC, fields the record does not have left out. Every field at
 * fault is named by its path ({@code children[1].birthDate}), all at once. Passwords ({@code format: password} in the
 * OpenAPI document) are compared, never shown: they are taken as typed.
 */
final class StrictJson {

    /** Deeper than any request of the API; the bound keeps a hostile body from costing stack or time. */
    static final int MAX_DEPTH = 32;
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private final JsonParser parser;
    private final JsonGenerator out;
    private final List<FieldRefusal> errors = new ArrayList<>();

    private StrictJson(JsonParser parser, JsonGenerator out) {
        this.parser = parser;
        this.out = out;
    }

    /**
     * @return the canonical body, to deserialize into {@code type}
     * @throws Refused a {@code request.*} refusal when the body is not one JSON object, {@code request.invalid} naming
     *                          each field at fault otherwise
     */
    static byte[] canonical(byte[] body, Argument<?> type) {
        String text = utf8(body);
        ByteArrayOutputStream canonical = new ByteArrayOutputStream(body.length);
        try (JsonParser parser = FACTORY.createParser(text); JsonGenerator out = FACTORY.createGenerator(canonical)) {
            StrictJson json = new StrictJson(parser, out);
            if (parser.nextToken() == null) {
                throw Refusal.of(GeneralRefusal.BODY_EMPTY).toException();
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw Refusal.of(GeneralRefusal.BODY_NOT_AN_OBJECT).toException();
            }
            json.value(type, "");
            if (json.more()) {
                throw located(GeneralRefusal.BODY_TRAILING_CONTENT, parser.currentLocation());
            }
            if (!json.errors.isEmpty()) {
                throw Refusal.invalid(json.errors).toException();
            }
        } catch (StreamConstraintsException tooDeep) {
            throw Refusal.of(GeneralRefusal.BODY_TOO_DEEP, "max", (long) MAX_DEPTH).toException();
        } catch (JsonProcessingException broken) {
            throw located(GeneralRefusal.JSON_SYNTAX, broken.getLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return canonical.toByteArray();
    }

    /** The body as text; a leading byte order mark is dropped, as RFC 8259 lets a parser do. */
    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw Refusal.of(GeneralRefusal.BODY_NOT_UTF8).toException();
        }
    }

    /** Whether anything but white space follows the object. */
    private boolean more() {
        try {
            return parser.nextToken() != null;
        } catch (IOException garbage) {
            return true;
        }
    }

    /** The value at the current token, expected to be of {@code type}; written out when it is right. */
    @SuppressWarnings("unchecked")
    private void value(Argument<?> type, String path) throws IOException {
        JsonToken token = parser.currentToken();
        Class<?> java = type.getType();
        if (token == JsonToken.VALUE_NULL) {
            out.writeNull();
        } else if (java == String.class) {
            text(type, path);
        } else if (java == long.class || java == Long.class) {
            whole(path, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (java == int.class || java == Integer.class) {
            whole(path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (java == boolean.class || java == Boolean.class) {
            bool(path);
        } else if (java == LocalDate.class) {
            date(path);
        } else if (Collection.class.isAssignableFrom(java)) {
            list(type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT), path);
        } else {
            Optional<BeanIntrospection<Object>> record = Map.class.isAssignableFrom(java) ? Optional.empty()
                    : BeanIntrospector.SHARED.findIntrospection((Class<Object>) java);
            if (record.isPresent()) {
                object(record.get(), path);
            } else {
                // A type these rules do not know (none today): its shape is the deserializer's to check
                copy(path);
            }
        }
    }

    private void object(BeanIntrospection<Object> record, String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            wrongType(path, FieldCode.EXPECTED_OBJECT);
            return;
        }
        Map<String, Argument<?>> fields = new HashMap<>();
        for (Argument<?> field : record.getConstructorArguments()) {
            fields.put(field.getAnnotationMetadata().stringValue(SerdeConfig.class, SerdeConfig.PROPERTY)
                    .orElse(field.getName()), field);
        }
        out.writeStartObject();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            parser.nextToken();
            if (!seen.add(name)) {
                errors.add(FieldRefusal.of(fieldPath, FieldCode.DUPLICATE_KEY));
                skip(fieldPath);
            } else if (fields.containsKey(name)) {
                out.writeFieldName(name);
                value(fields.get(name), fieldPath);
            } else {
                // Unknown fields are ignored, as before, but still read with the same rules of syntax
                skip(fieldPath);
            }
        }
        out.writeEndObject();
    }

    private void list(Argument<?> element, String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            wrongType(path, FieldCode.EXPECTED_LIST);
            return;
        }
        out.writeStartArray();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            value(element, path + "[" + index++ + "]");
        }
        out.writeEndArray();
    }

    private void text(Argument<?> type, String path) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            wrongType(path, FieldCode.EXPECTED_TEXT);
            return;
        }
        String text = parser.getText();
        if (type.getAnnotationMetadata().stringValue(Schema.class, "format").filter("password"::equals).isPresent()) {
            out.writeString(text);
            return;
        }
        UserText.Lines lines = type.getAnnotationMetadata().hasAnnotation(MultiLineText.class)
                ? UserText.Lines.MANY : UserText.Lines.ONE;
        switch (UserText.check(text, lines)) {
            case UserText.Accepted accepted -> out.writeString(accepted.text());
            case UserText.Refused refused -> {
                errors.add(refused.on(path));
                out.writeNull();
            }
        }
    }

    private void whole(String path, long min, long max) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            errors.add(FieldRefusal.of(path, FieldCode.NOT_AN_INTEGER));
            out.writeNull();
        } else if (token != JsonToken.VALUE_NUMBER_INT) {
            wrongType(path, FieldCode.EXPECTED_INTEGER);
        } else if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                || parser.getLongValue() < min || parser.getLongValue() > max) {
            errors.add(FieldRefusal.of(path, FieldCode.OUT_OF_RANGE, "min", min, "max", max));
            out.writeNull();
        } else {
            out.writeNumber(parser.getLongValue());
        }
    }

    private void bool(String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            out.writeBoolean(token == JsonToken.VALUE_TRUE);
        } else {
            wrongType(path, FieldCode.EXPECTED_BOOLEAN);
        }
    }

    private void date(String path) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            wrongType(path, FieldCode.EXPECTED_DATE);
            return;
        }
        String text = parser.getText();
        LocalDate date = null;
        if (DATE.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeException noSuchDay) {
                // reported below
            }
        }
        if (date == null) {
            errors.add(FieldRefusal.of(path, FieldCode.INVALID_DATE));
            out.writeNull();
        } else if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            errors.add(FieldRefusal.of(path, FieldCode.DATE_OUT_OF_RANGE, "min", EARLIEST_DATE, "max", LATEST_DATE));
            out.writeNull();
        } else {
            out.writeString(text);
        }
    }

    private void wrongType(String path, FieldCode expected) throws IOException {
        errors.add(FieldRefusal.of(path, expected));
        skip(path);
        out.writeNull();
    }

    /** Reads past the current value, checking its keys for duplicates, and writes nothing. */
    private void skip(String path) throws IOException {
        walk(path, false);
    }

    /** Writes the current value as it is, but with its keys checked and its texts held to {@link UserText}. */
    private void copy(String path) throws IOException {
        walk(path, true);
    }

    private void walk(String path, boolean write) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                if (write) {
                    out.writeStartObject();
                }
                Set<String> seen = new HashSet<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String fieldPath = path.isEmpty() ? name : path + "." + name;
                    if (!seen.add(name)) {
                        errors.add(FieldRefusal.of(fieldPath, FieldCode.DUPLICATE_KEY));
                    }
                    if (write) {
                        out.writeFieldName(name);
                    }
                    parser.nextToken();
                    walk(fieldPath, write);
                }
                if (write) {
                    out.writeEndObject();
                }
            }
            case START_ARRAY -> {
                if (write) {
                    out.writeStartArray();
                }
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    walk(path + "[" + index++ + "]", write);
                }
                if (write) {
                    out.writeEndArray();
                }
            }
            case VALUE_STRING -> {
                if (write) {
                    text(Argument.STRING, path);
                }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (write) {
                    out.writeNumber(parser.getText());
                }
            }
            default -> {
                if (write) {
                    out.copyCurrentEvent(parser);
                }
            }
        }
    }

    /** A refusal at a place of the body; an unknown place reads as line 0, column 0. */
    private static Refused located(GeneralRefusal code, JsonLocation location) {
        long line = location == null ? 0 : Math.max(0, location.getLineNr());
        long column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return Refusal.of(code, "line", line, "column", column).toException();
    }
}
