package org.openbenefits.platform.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.openbenefits.domain.refusal.Refused;

/**
 * Answers a refusal a use case threw with its status and Retry-After; the body is worded by
 * {@link ProblemJsonBodyProvider}.
 */
@Singleton
@Produces
class RefusedHandler implements ExceptionHandler<Refused, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    RefusedHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Refused refused) {
        MutableHttpResponse<?> response = HttpResponse.status(RefusalStatus.of(refused.refusal().code()));
        if (refused.refusal().retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Problems.seconds(refused.refusal().retryAfter())));
        }
        return errors.processResponse(ErrorContext.builder(request).cause(refused).build(), response);
    }
}
