package org.openbenefits.portalcommon.session;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.portalcommon.error.ErrorPageRenderer;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.i18n.LocalPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the portal session of every request: reads the access-token cookie, renews an expired token with the
 * refresh cookie, and turns away whoever may not see the page (to the sign-in page when not signed in, to the
 * 403 page when signed in to another area). Every response but static files is marked {@code no-store}, so that
 * after signing out the back button shows no signed-in page from the browser's cache; a controller that sets its own
 * {@code Cache-Control} keeps it (the catalogue's offer pictures may be kept a day, privately).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SessionFilter implements Ordered {

    static final String USER = "openbenefits.session.user";
    static final String RENEWED = "openbenefits.session.renewed";
    static final String ENDED = "openbenefits.session.ended";
    private static final Logger LOG = LoggerFactory.getLogger(SessionFilter.class);

    /** Pages that are open to everybody in both portals: signing in, activating, resetting a password. */
    private static final List<String> PUBLIC_AREAS = List.of(
            SessionPaths.SIGN_IN, SessionPaths.SIGN_OUT, SessionPaths.ACTIVATION, SessionPaths.PASSWORD,
            SessionPaths.PASSWORD_CHECK, "/language");
    private static final List<String> STATIC_AREAS = List.of("/assets", "/webjars", "/health", "/prometheus");

    private final AccessTokenVerifier verifier;
    private final SessionRefresher refresher;
    private final PortalAccess access;
    private final ErrorPageRenderer errorPages;

    SessionFilter(AccessTokenVerifier verifier, SessionRefresher refresher, PortalAccess access,
                  ErrorPageRenderer errorPages) {
        this.verifier = verifier;
        this.refresher = refresher;
        this.access = access;
        this.errorPages = errorPages;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> open(HttpRequest<?> request) {
        String path = request.getPath();
        if (within(path, STATIC_AREAS) || "/favicon.ico".equals(path)) {
            return null;
        }
        Optional<SignedInUser> user = signedIn(request);
        user.ifPresent(person -> request.setAttribute(USER, person));
        // An address with no page answers 404 to everybody: sending visitors to sign in first would only delay that.
        if (within(path, PUBLIC_AREAS) || access.isPublic(path) || RouteAttributes.getRouteMatch(request).isEmpty()) {
            return null;
        }
        if (user.isEmpty() || !access.roles().contains(user.get().role())) {
            return toSignIn(request);
        }
        if (!access.mayOpen(user.get(), path)) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(errorPages.html(request, HttpStatus.FORBIDDEN.getCode()));
        }
        return null;
    }

    @ResponseFilter
    void close(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        if (within(path, STATIC_AREAS)) {
            return;
        }
        request.getAttribute(RENEWED, SignInResponse.class).ifPresentOrElse(
                session -> SessionCookies.open(request, response, session.accessToken(), session.refreshToken()),
                () -> {
                    if (request.getAttribute(ENDED, Boolean.class).orElse(false)) {
                        SessionCookies.clear(request, response);
                    }
                });
        if (response.code() < 300) {
            Flash.shown(request, response);
        }
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private Optional<SignedInUser> signedIn(HttpRequest<?> request) {
        Optional<SignedInUser> user = SessionCookies.access(request).flatMap(verifier::verify);
        if (user.isPresent()) {
            return user;
        }
        Optional<String> refreshToken = SessionCookies.refresh(request);
        if (refreshToken.isEmpty()) {
            if (SessionCookies.access(request).isPresent()) {
                request.setAttribute(ENDED, true);
            }
            return Optional.empty();
        }
        try {
            Optional<SignInResponse> renewed = refresher.refresh(refreshToken.get());
            if (renewed.isEmpty()) {
                request.setAttribute(ENDED, true);
                return Optional.empty();
            }
            request.setAttribute(RENEWED, renewed.get());
            return verifier.verify(renewed.get().accessToken());
        } catch (RuntimeException e) {
            LOG.warn("The session could not be renewed: platform-api did not answer ({})", e.getMessage());
            return Optional.empty();
        }
    }

    private static HttpResponse<?> toSignIn(HttpRequest<?> request) {
        String target = SessionPaths.SIGN_IN;
        if (request.getMethod() == HttpMethod.GET) {
            String asked = LocalPath.orHome(request.getUri().toString());
            if (!"/".equals(asked)) {
                target = SessionPaths.signInReturningTo(asked);
            }
        }
        if (request.getHeaders().contains("HX-Request")) {
            // htmx follows redirects inside the page fragment; ask it to load the whole sign-in page instead.
            return HttpResponse.ok().header("HX-Redirect", target);
        }
        return HttpResponse.seeOther(URI.create(target));
    }

    private static boolean within(String path, List<String> areas) {
        for (String area : areas) {
            if (path.equals(area) || path.startsWith(area + "/")) {
                return true;
            }
        }
        return false;
    }
}
