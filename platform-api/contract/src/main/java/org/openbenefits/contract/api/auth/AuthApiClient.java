package org.openbenefits.contract.api.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import org.openbenefits.contract.api.invitation.InvitationAcceptance;
import org.openbenefits.contract.api.invitation.InvitationDetails;

/**
 * The anonymous identity routes of platform-api, for the portals: sign-in, sessions, password reset and
 * invitations. Errors arrive as {@code HttpClientResponseException} whose body reads as a
 * {@link org.openbenefits.contract.api.ProblemDetail}.
 */
@Client(id = "platform-api", path = "/api/v1")
public interface AuthApiClient {

    @Post("/auth/sign-in")
    SignInResponse signIn(@Body SignInRequest request);

    @Post("/auth/refresh")
    SignInResponse refresh(@Body RefreshRequest request);

    @Post("/auth/sign-out")
    HttpResponse<Void> signOut(@Body SignOutRequest request);

    @Post("/auth/password-reset")
    HttpResponse<Void> requestPasswordReset(@Body PasswordResetRequest request);

    @Post("/auth/password-reset/confirm")
    HttpResponse<Void> confirmPasswordReset(@Body PasswordResetConfirmation confirmation);

    @Post("/auth/password-check")
    PasswordCheckResult checkPassword(@Body PasswordCheckRequest request);

    @Get("/invitations/{token}")
    InvitationDetails invitation(@PathVariable String token);

    @Post("/invitations/{token}/accept")
    SignInResponse acceptInvitation(@PathVariable String token, @Body InvitationAcceptance acceptance);
}
