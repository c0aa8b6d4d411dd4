package org.openbenefits.portalcommon.error;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Gives every error Micronaut answers itself the portal's HTML error page ({@link ErrorPageRenderer}), whatever the
 * request accepts: unknown address, wrong method, unreadable parameter, unsupported or unacceptable media type, too
 * large a body, an exception no handler took.
 *
 * <p>Micronaut's own processor answers a JSON body, with its framework wording ("Failed to convert argument [id]...")
 * and sometimes Java names, to any request that does not list {@code text/html} in its Accept header: {@code curl},
 * scripts, a browser's {@code Accept: *}{@code /*} for a download. A portal has no JSON API to speak of, so nobody is
 * meant to read JSON errors from it. A HEAD request gets the status and no body, as before.
 */
@Singleton
class HtmlErrorResponses implements ErrorResponseProcessor<String> {

    private final ErrorPageRenderer errorPages;

    HtmlErrorResponses(ErrorPageRenderer errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<String> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD || response.code() < 400) {
            return (MutableHttpResponse<String>) response;
        }
        return response.body(errorPages.body(context, response)).contentType(errorPages.contentType());
    }
}
