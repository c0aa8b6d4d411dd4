package org.openbenefits.platform.auth;

import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.platform.account.AccountViews;

/** An opened session as the API answers a sign-in, a refresh or an accepted invitation. */
public final class SessionViews {

    private SessionViews() {
    }

    public static SignInResponse of(OpenedSession session) {
        return new SignInResponse(session.accessToken(), session.refreshToken(), session.expiresInSeconds(),
                AccountViews.summary(session.account()));
    }
}
