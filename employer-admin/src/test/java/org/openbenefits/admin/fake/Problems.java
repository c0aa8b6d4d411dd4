package org.openbenefits.admin.fake;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.openbenefits.contract.api.ProblemDetail;

/** platform-api's refusals as the fake serves them: {@code application/problem+json}, a code, French messages. */
final class Problems {

    private Problems() {
    }

    static HttpResponse<ProblemDetail> refusal(HttpStatus status, String code, String detail,
                                               List<ProblemDetail.FieldError> errors) {
        return HttpResponse.<ProblemDetail>status(status).contentType(ProblemDetail.MEDIA_TYPE)
                .body(new ProblemDetail("about:blank", status.getReason(), status.getCode(), detail, code, errors));
    }

    /** A refusal that ends by itself after {@code retryAfterSeconds}, said in the body and in Retry-After. */
    static HttpResponse<ProblemDetail> refusal(HttpStatus status, String code, String detail, long retryAfterSeconds) {
        return HttpResponse.<ProblemDetail>status(status).contentType(ProblemDetail.MEDIA_TYPE)
                .header("Retry-After", Long.toString(retryAfterSeconds))
                .body(new ProblemDetail("about:blank", status.getReason(), status.getCode(), detail, code, List.of(),
                        retryAfterSeconds));
    }

    /** A refusal with parameters, as for the limits of an import. */
    static HttpResponse<ProblemDetail> refusal(HttpStatus status, String code, String detail,
                                               List<ProblemDetail.FieldError> errors, Map<String, Object> parameters) {
        return HttpResponse.<ProblemDetail>status(status).contentType(ProblemDetail.MEDIA_TYPE)
                .body(new ProblemDetail("about:blank", status.getReason(), status.getCode(), detail, code, errors,
                        null, parameters));
    }

    static HttpResponse<ProblemDetail> onField(HttpStatus status, String code, String field, String message) {
        return refusal(status, code, message, List.of(new ProblemDetail.FieldError(field, message)));
    }

    static HttpResponse<ProblemDetail> notFound() {
        return refusal(HttpStatus.NOT_FOUND, "NOT_FOUND", "Cette ressource n’existe pas.", List.of());
    }
}
