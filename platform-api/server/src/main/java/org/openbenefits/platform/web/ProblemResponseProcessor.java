package org.openbenefits.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail;

/**
 * Every API error is {@code application/problem+json}, whatever the client accepts: Micronaut's default answers a
 * browser (Accept: text/html) with an HTML page quoting the framework's own message, Java types included.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemResponseProcessor implements ErrorResponseProcessor<ProblemDetail> {

    private final ProblemJsonBodyProvider problems;

    ProblemResponseProcessor(ProblemJsonBodyProvider problems) {
        this.problems = problems;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ProblemDetail> processResponse(ErrorContext context,
                                                              MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<ProblemDetail>) response;
        }
        return ((MutableHttpResponse<ProblemDetail>) response).body(problems.body(context, response))
                .contentType(ProblemDetail.MEDIA_TYPE);
    }
}
