package org.openbenefits.platform.web;

import io.micronaut.http.HttpStatus;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/** The HTTP status of each kind of refusal: the one place where the application's refusals meet HTTP. */
final class RefusalStatus {

    private RefusalStatus() {
    }

    /** The status of a code: its kind's, but for the few general codes that HTTP names more precisely. */
    static HttpStatus of(RefusalCode code) {
        if (code instanceof GeneralRefusal general) {
            switch (general) {
                case METHOD_NOT_ALLOWED -> {
                    return HttpStatus.METHOD_NOT_ALLOWED;
                }
                case NOT_ACCEPTABLE -> {
                    return HttpStatus.NOT_ACCEPTABLE;
                }
                case URI_TOO_LONG -> {
                    return HttpStatus.REQUEST_URI_TOO_LONG;
                }
                case HEADERS_TOO_LARGE -> {
                    return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
                }
                default -> {
                }
            }
        }
        return of(code.kind());
    }

    static HttpStatus of(RefusalKind kind) {
        return switch (kind) {
            case INVALID_INPUT, MALFORMED, FIELD -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case GONE -> HttpStatus.GONE;
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case LOCKED -> HttpStatus.LOCKED;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
