package org.openbenefits.contract.api.auth;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import org.openbenefits.contract.api.invitation.InvitationAcceptance;
import org.openbenefits.contract.api.invitation.InvitationDetails;
import org.openbenefits.contract.api.me.EmailChangeConfirmation;
import org.openbenefits.contract.api.me.EmailChangeConfirmed;

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

    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_PROBLEM})
    @Post("/auth/sign-out")
    HttpResponse<Void> signOut(@Body SignOutRequest request);

    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_PROBLEM})
    @Post("/auth/password-reset")
    HttpResponse<Void> requestPasswordReset(@Body PasswordResetRequest request);

    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_PROBLEM})
    @Post("/auth/password-reset/confirm")
    HttpResponse<Void> confirmPasswordReset(@Body PasswordResetConfirmation confirmation);

    @Post("/auth/password-check")
    PasswordCheckResult checkPassword(@Body PasswordCheckRequest request);

    @Get("/invitations/{token}")
    InvitationDetails invitation(@PathVariable String token);

    @Post("/invitations/{token}/accept")
    SignInResponse acceptInvitation(@PathVariable String token, @Body InvitationAcceptance acceptance);

    /**
     * Uses the link e-mailed to a new sign-in address: the account signs in with it from now on and its sessions end.
     * An unknown, used, replaced or expired link is a 400 {@code email-change.link-invalid}; an address another account took
     * meanwhile a 409 {@code email-change.taken-meanwhile}.
     */
    @Post("/auth/email-change/confirm")
    EmailChangeConfirmed confirmEmailChange(@Body EmailChangeConfirmation confirmation);
}
