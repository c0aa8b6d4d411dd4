package org.openbenefits.platform.me;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.me.EmailChangeConfirmation;
import org.openbenefits.contract.api.me.EmailChangeRequest;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;

/** The steps of a sign-in address change through the HTTP API, for the tests of this package. */
@Singleton
class EmailChangeSteps {

    static final String CONFIRMATION = "email-change-confirmation";
    static final String REQUESTED = "email-change-requested";
    static final String CHANGED = "email-changed";

    private final IdentityTestKit kit;

    EmailChangeSteps(IdentityTestKit kit) {
        this.kit = kit;
    }

    /** Signs the account in (password {@link IdentityTestKit#GOOD_PASSWORD}) and returns its access token. */
    String tokenOf(UserAccountRow account) {
        return kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
    }

    Answer ask(String accessToken, String newEmail) {
        return kit.postAs(accessToken, "/api/v1/me/email", new EmailChangeRequest(IdentityTestKit.GOOD_PASSWORD, newEmail));
    }

    Answer resend(String accessToken) {
        return kit.call(HttpRequest.POST("/api/v1/me/email/pending/resend", "").bearerAuth(accessToken));
    }

    Answer cancel(String accessToken) {
        return kit.call(HttpRequest.DELETE("/api/v1/me/email/pending").bearerAuth(accessToken));
    }

    /** Uses a confirmation link, as the portals' page does: anonymously. */
    Answer confirm(String linkToken) {
        return kit.post("/api/v1/auth/email-change/confirm", new EmailChangeConfirmation(linkToken));
    }

    /** The token of the latest confirmation link e-mailed to {@code newEmail}. */
    String latestLinkTo(String newEmail) {
        return IdentityTestKit.tokenOf(kit.lastNotification(newEmail, CONFIRMATION).parameters().get("link"));
    }

    ProfileView profile(String accessToken) {
        return kit.read(kit.call(HttpRequest.GET("/api/v1/me/profile").bearerAuth(accessToken)), ProfileView.class);
    }
}
