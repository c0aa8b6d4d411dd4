package org.openbenefits.portalcommon.session;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientException;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.auth.AuthApiClient;
import org.openbenefits.contract.api.auth.PasswordCheckRequest;
import org.openbenefits.contract.api.auth.PasswordCheckResult;

/**
 * The password rules as the forms list them, checked by platform-api (the one place they are defined). Each rule's
 * text comes from the portal's messages ({@code password.rule.<CODE>}), the API's French sentence being the
 * fallback.
 */
@Singleton
public class PasswordRules {

    private final AuthApiClient auth;

    PasswordRules(AuthApiClient auth) {
        this.auth = auth;
    }

    /** Every rule and whether {@code candidate} meets it; empty if platform-api cannot be asked right now. */
    public List<PasswordCheckResult.Rule> check(@Nullable String candidate, @Nullable String email) {
        try {
            PasswordCheckResult result = auth.checkPassword(new PasswordCheckRequest(candidate == null ? "" : candidate, email));
            // A 404 (an older platform-api) reaches the declarative client as no result at all.
            return result == null ? List.of() : result.rules();
        } catch (HttpClientException e) {
            return List.of();
        }
    }
}
