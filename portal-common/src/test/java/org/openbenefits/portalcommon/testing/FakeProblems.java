package org.openbenefits.portalcommon.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.RefusalCode;

/**
 * platform-api's refusals as the portals' fake APIs answer them: {@code application/problem+json} with the code of
 * the catalogue, the status of its kind, its parameters as JSON carries them (amounts as {@code "1250.00"}, dates ISO,
 * counts as numbers) and each field at fault with its own code, as the real controllers answer (see platform-api's
 * tests). The API's sentences are not copied: {@code detail} and field messages read {@link #apiWords}, marked with the
 * language the portal asked for (Accept-Language), so that a test sees when a page shows the API's words rather than
 * its own, and in which language.
 */
public final class FakeProblems {

    private FakeProblems() {
    }

    /** A refusal with its parameters given as name, value, name, value... */
    public static ProblemDetail refusal(RefusalCode code, Object... parameters) {
        return refusal(code, List.of(), null, parameters);
    }

    /** A refusal naming fields at fault, and its parameters given as name, value... */
    public static ProblemDetail refusal(RefusalCode code, List<ProblemDetail.FieldError> fields,
                                        @Nullable Long retryAfter, Object... parameters) {
        HttpStatus status = status(code);
        return new ProblemDetail("about:blank", status.getReason(), status.getCode(), null, code.code(), fields,
                retryAfter, named(parameters));
    }

    /** A field at fault, with the rule it breaks and that rule's parameters given as name, value... */
    public static ProblemDetail.FieldError field(String path, RefusalCode rule, Object... parameters) {
        return new ProblemDetail.FieldError(path, null, rule.code(), named(parameters));
    }

    /**
     * The refusal as the API sends it: its status, {@code application/problem+json}, Retry-After when it ends by itself,
     * and the API's words in the language of the call being answered wherever the refusal has none.
     */
    public static MutableHttpResponse<ProblemDetail> response(ProblemDetail problem) {
        String language = callLanguage();
        ProblemDetail worded = new ProblemDetail(problem.type(), problem.title(), problem.status(),
                problem.detail() != null ? problem.detail() : apiWords(problem.code(), language), problem.code(),
                problem.errors().stream().map(error -> new ProblemDetail.FieldError(error.field(),
                        error.message() != null ? error.message() : apiWords(error.code(), language), error.code(),
                        error.parameters())).toList(),
                problem.retryAfter(), problem.parameters());
        MutableHttpResponse<ProblemDetail> response = HttpResponse.<ProblemDetail>status(HttpStatus.valueOf(problem.status()))
                .contentType(ProblemDetail.MEDIA_TYPE).body(worded);
        if (problem.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, problem.retryAfter().toString());
        }
        return response;
    }

    /** A refusal answered at once: {@code response(refusal(code, parameters))}. */
    public static MutableHttpResponse<ProblemDetail> respond(RefusalCode code, Object... parameters) {
        return response(refusal(code, parameters));
    }

    /** An amount as the API's JSON carries it in parameters: {@code 125000} cents is {@code "1250.00"}. */
    public static String amount(long cents) {
        return Money.ofCents(cents).toDecimalString();
    }

    /** What stands for the API's own sentence of {@code code} in {@code language} ("fr" or "en"). */
    public static String apiWords(@Nullable String code, String language) {
        return "[API " + language + "] " + code;
    }

    /** The status platform-api gives a code: its kind's (platform-api's RefusalStatus). */
    public static HttpStatus status(RefusalCode code) {
        return switch (code.kind()) {
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

    /** The language the portal asked the API for: English when its Accept-Language says so, French otherwise. */
    public static String callLanguage() {
        return ServerRequestContext.currentRequest()
                .map(call -> call.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE))
                .filter(language -> language.startsWith("en")).map(language -> "en").orElse("fr");
    }

    private static Map<String, Object> named(Object... parameters) {
        if (parameters.length % 2 != 0) {
            throw new IllegalArgumentException("Parameters go by name and value");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            named.put((String) parameters[i], parameters[i + 1]);
        }
        return named;
    }
}
