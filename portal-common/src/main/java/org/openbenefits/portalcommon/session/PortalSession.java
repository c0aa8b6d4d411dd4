package org.openbenefits.portalcommon.session;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import org.openbenefits.contract.api.auth.SignInResponse;

/** The portal session of the request being handled, as {@link SessionFilter} opened it. */
public final class PortalSession {

    private PortalSession() {
    }

    /** The signed-in person, if any. */
    public static Optional<SignedInUser> user(HttpRequest<?> request) {
        return request.getAttribute(SessionFilter.USER, SignedInUser.class);
    }

    /** A new session (sign-in, activation): the response carries its cookies. */
    public static void opened(HttpRequest<?> request, SignInResponse session) {
        request.removeAttribute(SessionFilter.ENDED, Boolean.class);
        request.setAttribute(SessionFilter.RENEWED, session);
    }

    /** The session is over (sign-out, account deleted): the response expires its cookies. */
    public static void ended(HttpRequest<?> request) {
        request.removeAttribute(SessionFilter.RENEWED, SignInResponse.class);
        request.removeAttribute(SessionFilter.USER, SignedInUser.class);
        request.setAttribute(SessionFilter.ENDED, true);
    }
}
