package org.openbenefits.domain.refusal;

import java.util.List;

/** Refusals of any request, whatever it asks: how it was sent, who sent it, what it names. */
public enum GeneralRefusal implements RefusalCode {

    /** The request cannot be handled as it was sent (no more precise refusal applies). */
    BAD_REQUEST("request.bad", RefusalKind.MALFORMED),
    /** Fields break rules; each is named with its own code. */
    INVALID_REQUEST("request.invalid", RefusalKind.INVALID_INPUT),
    /** The body is not JSON that can be read. */
    MALFORMED_JSON("request.malformed-json", RefusalKind.MALFORMED),
    /** The JSON breaks its syntax at this line and column. */
    JSON_SYNTAX("request.json-syntax", RefusalKind.MALFORMED, "line", "column"),
    BODY_EMPTY("request.body-empty", RefusalKind.MALFORMED),
    BODY_NOT_AN_OBJECT("request.body-not-an-object", RefusalKind.MALFORMED),
    BODY_NOT_UTF8("request.body-not-utf8", RefusalKind.MALFORMED),
    /** More content after the JSON object, from this line and column. */
    BODY_TRAILING_CONTENT("request.body-trailing-content", RefusalKind.MALFORMED, "line", "column"),
    /** Objects and lists nested deeper than {@code max} levels. */
    BODY_TOO_DEEP("request.body-too-deep", RefusalKind.MALFORMED, "max"),
    /** The body is larger than the service takes. */
    BODY_TOO_LARGE("request.body-too-large", RefusalKind.TOO_LARGE),
    URI_TOO_LONG("request.uri-too-long", RefusalKind.TOO_LARGE),
    HEADERS_TOO_LARGE("request.headers-too-large", RefusalKind.TOO_LARGE),
    METHOD_NOT_ALLOWED("request.method-not-allowed", RefusalKind.UNSUPPORTED),
    MEDIA_TYPE_UNSUPPORTED("request.media-type-unsupported", RefusalKind.UNSUPPORTED),
    NOT_ACCEPTABLE("request.not-acceptable", RefusalKind.UNSUPPORTED),
    /** Too many requests from one client address: wait {@code seconds}. */
    TOO_MANY_REQUESTS("request.too-many", RefusalKind.RATE_LIMITED, "seconds"),
    /** No valid access token was sent to a route that needs one. */
    AUTHENTICATION_REQUIRED("auth.required", RefusalKind.UNAUTHENTICATED),
    /** The caller's role does not allow this. */
    FORBIDDEN("access.forbidden", RefusalKind.FORBIDDEN),
    /** Nothing there, or nothing the caller may see. */
    NOT_FOUND("resource.not-found", RefusalKind.NOT_FOUND),
    /** The resource changed meanwhile. */
    CONFLICT("resource.conflict", RefusalKind.CONFLICT),
    /** The service cannot answer now. */
    UNAVAILABLE("service.unavailable", RefusalKind.UNAVAILABLE),
    /** A fault of ours. */
    INTERNAL_ERROR("internal.error", RefusalKind.INTERNAL);

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    GeneralRefusal(String code, RefusalKind kind, String... parameters) {
        this.code = code;
        this.kind = kind;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalKind kind() {
        return kind;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
