package org.openbenefits.platform.auth;

import org.openbenefits.platform.account.UserAccountRow;

/**
 * A session just opened or continued: a short-lived access token, the single-use refresh token that renews it, and
 * the account they act for. The edges tell it to the caller in their own terms (the API's {@code SignInResponse}).
 *
 * @param accessToken      the signed access token
 * @param refreshToken     the refresh token in clear, of which only the hash is kept
 * @param expiresInSeconds the access token's lifetime
 * @param account          the account signed in
 */
public record OpenedSession(String accessToken, String refreshToken, long expiresInSeconds, UserAccountRow account) {

    @Override
    public String toString() {
        return "OpenedSession[accessToken=***, refreshToken=***, expiresInSeconds=" + expiresInSeconds + ", account="
                + account.id() + "]";
    }
}
