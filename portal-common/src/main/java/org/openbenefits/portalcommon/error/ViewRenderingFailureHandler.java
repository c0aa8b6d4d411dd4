package org.openbenefits.portalcommon.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a view that failed to render (see {@link EagerViewsRenderer}) with the 500 error page, through Micronaut's
 * error response processor like any other error (so {@link ErrorPageRenderer} for browsers), and logs the failure
 * once: the view, the request's method and path, and the exceptions' types and where the innermost was thrown; never
 * the model, and never the exceptions' messages, which may quote model values (an e-mail address, a name).
 */
@Singleton
@Produces
class ViewRenderingFailureHandler implements ExceptionHandler<ViewRenderingFailure, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(ViewRenderingFailureHandler.class);
    private static final int FRAMES = 8;

    private final ErrorResponseProcessor<?> errorResponses;

    ViewRenderingFailureHandler(ErrorResponseProcessor<?> errorResponses) {
        this.errorResponses = errorResponses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ViewRenderingFailure failure) {
        LOG.error("Cannot render the view {} for {} {}: {}", failure.viewName(), request.getMethodName(),
                request.getPath(), withoutMessages(failure.getCause()));
        return errorResponses.processResponse(ErrorContext.builder(request)
                .cause(failure)
                .errorMessage("Internal Server Error")
                .build(), HttpResponse.serverError());
    }

    /** The chain of exception types, then the frames where the innermost one was thrown. */
    static String withoutMessages(Throwable failure) {
        StringBuilder described = new StringBuilder();
        Throwable innermost = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            described.append(described.isEmpty() ? "" : " caused by ").append(cause.getClass().getName());
            innermost = cause;
        }
        if (innermost != null) {
            StackTraceElement[] frames = innermost.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                described.append(System.lineSeparator()).append("\tat ").append(frames[i]);
            }
        }
        return described.toString();
    }
}
