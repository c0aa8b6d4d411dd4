package org.openbenefits.portalcommon.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;

/**
 * A value of the request that does not read as its type: in the path ({@code /salaries/abc}), the address names no
 * page, which is the 404 page; in a query parameter or a form field ({@code ?page=abc}), the request is wrong, the 400
 * page. Micronaut's own handler answers 400 for both.
 */
@Singleton
@Produces
@Replaces(ConversionErrorHandler.class)
class UnreadableAddressHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errorResponses;

    UnreadableAddressHandler(ErrorResponseProcessor<?> errorResponses) {
        this.errorResponses = errorResponses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException unreadable) {
        HttpStatus status = inPath(request, unreadable.getArgument().getName()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return errorResponses.processResponse(ErrorContext.builder(request)
                .cause(unreadable)
                .errorMessage(status.getReason())
                .build(), HttpResponse.status(status));
    }

    private static boolean inPath(HttpRequest<?> request, String argument) {
        return RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues().containsKey(argument))
                .orElse(false);
    }
}
