package org.openbenefits.portalcommon.testing;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.auth.SignOutRequest;
import org.openbenefits.contract.api.auth.UserSummary;

/**
 * platform-api's sign-in and sign-out as {@link PortalCommonAlone} calls them, when it also sets
 * {@value PortalTestWithFakeApi#FAKE_API}: everybody signs in as Camille Martin, employee, with a new refresh token
 * each time; sign-outs are recorded.
 */
@Requires(property = PortalCommonAlone.PROPERTY, value = "true")
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Requires(missingProperty = FakeSignInApi.PROPERTY) // tests of the refusals fake the same routes their way
@Controller("/api/v1/auth")
public class FakeSignIn {

    private final List<String> signedOut = new CopyOnWriteArrayList<>();

    @Post("/sign-in")
    SignInResponse signIn(@Body SignInRequest request) {
        return new SignInResponse(TestTokens.accessToken("EMPLOYEE"), "refresh-" + UUID.randomUUID(), 600,
                new UserSummary(42, request.email(), "Camille", "Martin", "EMPLOYEE", 7L, "fr"));
    }

    @Post("/sign-out")
    HttpResponse<Void> signOut(@Body SignOutRequest request) {
        signedOut.add(request.refreshToken());
        return HttpResponse.noContent();
    }

    /** The refresh tokens of the sessions signed out, in order. */
    public List<String> signedOut() {
        return List.copyOf(signedOut);
    }
}
