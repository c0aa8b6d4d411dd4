package org.openbenefits.platform.web;

import java.util.Optional;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;

/**
 * The one place where API errors take their shape: {@code application/problem+json} with a stable code of the
 * catalogue and its parameters, worded in the request's language (Accept-Language: French by default, English), and
 * the fields at fault, each with its own code. A use case's refusal ({@link Refused}) brings its code; input the HTTP
 * layer refuses is described by {@link InputProblems}; anything else by its HTTP status alone, never by the
 * framework's message (which names Java types and internals).
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<ProblemDetail> {

    @Override
    public ProblemDetail body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.status();
        String language = Languages.of(context.getRequest());
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof Refused refused) {
            return Problems.of(refused.refusal(), status.getCode(), language);
        }
        if (cause != null && status == HttpStatus.BAD_REQUEST) {
            Optional<Refusal> input = InputProblems.describe(cause);
            if (input.isPresent()) {
                return Problems.of(input.get(), status.getCode(), language);
            }
        }
        // The framework's own messages name Java types and internals: the status says enough
        return Problems.of(Refusal.of(ofStatus(status)), status.getCode(), language);
    }

    @Override
    public String contentType() {
        return ProblemDetail.MEDIA_TYPE;
    }

    /** The general refusal an HTTP status stands for, when the framework answers without a refusal of ours. */
    static GeneralRefusal ofStatus(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> GeneralRefusal.AUTHENTICATION_REQUIRED;
            case FORBIDDEN -> GeneralRefusal.FORBIDDEN;
            case NOT_FOUND -> GeneralRefusal.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> GeneralRefusal.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> GeneralRefusal.MEDIA_TYPE_UNSUPPORTED;
            case NOT_ACCEPTABLE -> GeneralRefusal.NOT_ACCEPTABLE;
            case CONFLICT -> GeneralRefusal.CONFLICT;
            case REQUEST_ENTITY_TOO_LARGE -> GeneralRefusal.BODY_TOO_LARGE;
            case REQUEST_URI_TOO_LONG -> GeneralRefusal.URI_TOO_LONG;
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> GeneralRefusal.HEADERS_TOO_LARGE;
            case SERVICE_UNAVAILABLE -> GeneralRefusal.UNAVAILABLE;
            default -> status.getCode() >= 500 ? GeneralRefusal.INTERNAL_ERROR : GeneralRefusal.BAD_REQUEST;
        };
    }
}
