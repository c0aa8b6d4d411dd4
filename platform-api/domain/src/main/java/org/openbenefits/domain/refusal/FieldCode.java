package org.openbenefits.domain.refusal;

import java.util.List;

/** The rules any field of a request may break; areas add rules of their own in their refusal enums. */
public enum FieldCode implements RefusalCode {

    REQUIRED("field.required"),
    TOO_LONG("field.too-long", "max"),
    TOO_SHORT("field.too-short", "min"),
    /** A number (or an amount) below its minimum or above its maximum. */
    OUT_OF_RANGE("field.out-of-range", "min", "max"),
    TOO_SMALL("field.too-small", "min"),
    TOO_LARGE("field.too-large", "max"),
    NOT_POSITIVE("field.not-positive"),
    INVALID_EMAIL("field.invalid-email"),
    /** Not a date written YYYY-MM-DD, or a day that does not exist. */
    INVALID_DATE("field.invalid-date"),
    /** A date outside the days the platform accepts. */
    DATE_OUT_OF_RANGE("field.date-out-of-range", "min", "max"),
    NOT_PAST("field.not-past"),
    NOT_FUTURE("field.not-future"),
    /** Another JSON type than the field takes. */
    WRONG_TYPE("field.wrong-type"),
    EXPECTED_OBJECT("field.expected-object"),
    EXPECTED_LIST("field.expected-list"),
    EXPECTED_TEXT("field.expected-text"),
    EXPECTED_INTEGER("field.expected-integer"),
    EXPECTED_BOOLEAN("field.expected-boolean"),
    EXPECTED_DATE("field.expected-date"),
    /** Decimals or an exponent on a whole number (amounts are in cents: 12.50 EUR is 1250). */
    NOT_AN_INTEGER("field.not-an-integer"),
    DUPLICATE_KEY("field.duplicate-key"),
    /** A tab or a line break in a text on one line; {@code character} as U+XXXX (UserText). */
    LINE_BREAK("field.line-break", "character"),
    /** Any other invisible control character, or a line or paragraph separator. */
    CONTROL_CHARACTER("field.control-character", "character"),
    /** A character that changes the direction of writing. */
    BIDIRECTIONAL_CONTROL("field.bidirectional-control", "character"),
    /** A lone surrogate or a noncharacter. */
    NOT_A_CHARACTER("field.not-a-character", "character"),
    /** A value outside a closed list, which {@code allowed} gives. */
    UNKNOWN_VALUE("field.unknown-value", "allowed"),
    /** A malformed value of a path or query parameter (not a number, not a known word). */
    INVALID_VALUE("field.invalid-value");

    private final String code;
    private final List<String> parameters;

    FieldCode(String code, String... parameters) {
        this.code = code;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalKind kind() {
        return RefusalKind.FIELD;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
