package org.openbenefits.portalcommon.api;

import java.net.URI;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.openbenefits.portalcommon.error.ErrorPageRenderer;
import org.openbenefits.portalcommon.i18n.LocalPath;
import org.openbenefits.portalcommon.session.PortalSession;
import org.openbenefits.portalcommon.session.SessionPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page of either portal shows when platform-api refuses or fails a call the page did not handle itself. A 401
 * means the API no longer accepts the session (expired, closed elsewhere, account deactivated): the person signs in
 * again. Its 403 and 404 become the portal's 403 and 404 pages (another employer's employee is "not found"), an
 * unreachable API the 503 page, anything else the 500 page. Forms handle their own refusals (errors beside the
 * fields) before this.
 */
@Controller
class ApiFailurePages {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFailurePages.class);

    private final ErrorPageRenderer errorPages;

    ApiFailurePages(ErrorPageRenderer errorPages) {
        this.errorPages = errorPages;
    }

    @Error(global = true, exception = HttpClientException.class)
    HttpResponse<?> failed(HttpRequest<?> request, HttpClientException failure) {
        HttpStatus status;
        if (failure instanceof HttpClientResponseException refusal) {
            int code = refusal.getStatus().getCode();
            if (code == 401) {
                return signInAgain(request);
            }
            status = switch (code) {
                case 403, 404 -> refusal.getStatus();
                default -> HttpStatus.INTERNAL_SERVER_ERROR;
            };
            if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
                LOG.error("platform-api answered {} to a call for {}", code, request.getPath());
            }
        } else {
            LOG.warn("platform-api did not answer a call for {} ({})", request.getPath(), failure.getMessage());
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE)
                .body(errorPages.html(request, status.getCode()));
    }

    /** Ends the session and goes to the sign-in page, which brings a GET back to the page it was on. */
    private static HttpResponse<?> signInAgain(HttpRequest<?> request) {
        PortalSession.ended(request);
        String target = request.getMethod() == HttpMethod.GET
                ? SessionPaths.signInReturningTo(LocalPath.orHome(request.getUri().toString()))
                : SessionPaths.SIGN_IN;
        return HttpResponse.seeOther(URI.create(target));
    }
}
