package org.openbenefits.platform.auth;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.PasswordCheckRequest;
import org.openbenefits.contract.api.auth.PasswordCheckResult;
import org.openbenefits.contract.api.auth.PasswordResetConfirmation;
import org.openbenefits.contract.api.auth.PasswordResetRequest;
import org.openbenefits.contract.api.auth.RefreshRequest;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.auth.SignOutRequest;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.identity.PasswordPolicy;
import org.openbenefits.domain.identity.PasswordRule;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.AddressRateLimit;
import org.openbenefits.platform.security.ClientAddresses;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.PublicOperations;
import org.openbenefits.platform.web.openapi.RateLimitedOperation;

/** Sign-in, sessions and forgotten passwords: the routes a person uses before being signed in. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication", description = "Sign-in, sessions (access and refresh tokens), password reset")
class AuthController {

    private final SignIn signIn;
    private final RefreshSession refreshSession;
    private final SignOut signOut;
    private final RequestPasswordReset requestPasswordReset;
    private final ResetPassword resetPassword;
    private final PasswordVerification passwords;
    private final AddressRateLimit rateLimit;
    private final ClientAddresses clients;
    private final Clock clock;

    AuthController(SignIn signIn, RefreshSession refreshSession, SignOut signOut,
                   RequestPasswordReset requestPasswordReset, ResetPassword resetPassword,
                   PasswordVerification passwords, AddressRateLimit rateLimit, ClientAddresses clients, Clock clock) {
        this.signIn = signIn;
        this.refreshSession = refreshSession;
        this.signOut = signOut;
        this.requestPasswordReset = requestPasswordReset;
        this.resetPassword = resetPassword;
        this.passwords = passwords;
        this.rateLimit = rateLimit;
        this.clients = clients;
        this.clock = clock;
    }

    @Post("/sign-in")
    @JsonBodyProblems
    @Operation(operationId = "signIn", summary = "Signs in with e-mail and password",
            description = "Opens a session: a short-lived JWT access token and a single-use refresh token. "
                    + "Wrong passwords are counted per e-mail address typed, whether or not an account has it: 5 "
                    + "from one client address lock that client out for 15 minutes (doubling up to an hour), 20 from "
                    + "all addresses together lock every address but those where the person signed in lately for a "
                    + "minute (doubling up to 15). A known and an unknown address get the same answers in the same "
                    + "time. Requests are also limited per client address.")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "401", description = "auth.invalid-credentials, also for an unknown address",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "auth.account-deactivated (only with the right password)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "423", description = "auth.locked, with retryAfter and Retry-After, also for an "
            + "unknown address after as many failures",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "request.too-many from this address, with Retry-After",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    SignInResponse signIn(@Valid @Body SignInRequest request, HttpRequest<?> http) {
        rateLimit.check(http);
        return switch (signIn.signIn(request.email(), request.password(), clients.limitKey(http))) {
            case SignIn.SignedIn signedIn -> SessionViews.of(signedIn.session());
            case SignIn.InvalidCredentials _ -> throw IdentityRefusals.invalidCredentials(
                    passwords.failuresBeforeLock(), passwords.firstLock()).toException();
            case SignIn.Locked locked -> throw IdentityRefusals.signInLocked(locked.until(), clock.instant())
                    .toException();
            case SignIn.Deactivated _ -> throw Refusal.of(IdentityRefusal.ACCOUNT_DEACTIVATED).toException();
        };
    }

    @Post("/refresh")
    @JsonBodyProblems
    @Operation(operationId = "refreshSession", summary = "Renews the access token",
            description = "Spends the refresh token for a new access token and a new refresh token. A refresh token "
                    + "works once; presenting a spent one again revokes the whole session.")
    @ApiResponse(responseCode = "200", description = "New tokens")
    @ApiResponse(responseCode = "401", description = "auth.refresh-token-invalid: sign in again",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    SignInResponse refresh(@Valid @Body RefreshRequest request) {
        return switch (refreshSession.refresh(request.refreshToken())) {
            case RefreshSession.Refreshed refreshed -> SessionViews.of(refreshed.session());
            case RefreshSession.Refused _ -> throw Refusal.of(IdentityRefusal.REFRESH_TOKEN_INVALID).toException();
        };
    }

    @Post("/sign-out")
    @Status(HttpStatus.NO_CONTENT)
    @JsonBodyProblems
    @Operation(operationId = "signOut",
            summary = "Signs out", description = "Revokes the session's refresh tokens server-side. Always 204.")
    @ApiResponse(responseCode = "400", description = "request.invalid: no refresh token given",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "204", description = "Signed out")
    void signOut(@Valid @Body SignOutRequest request) {
        signOut.signOut(request.refreshToken());
    }

    @Post("/password-reset")
    @JsonBodyProblems
    @Operation(operationId = "requestPasswordReset", summary = "Asks for a password-reset e-mail",
            description = "Always 202, whether or not the address belongs to an account. For an active account, a "
                    + "single-use link valid one hour is e-mailed (template password-reset), at most 3 times an hour "
                    + "per account: beyond, nothing is sent and the answer is the same. Requests are limited per "
                    + "client address (attempts per minute, and e-mails asked for per hour).")
    @ApiResponse(responseCode = "202", description = "Taken into account")
    @ApiResponse(responseCode = "429", description = "request.too-many or request.too-many-emails from this address, "
            + "with Retry-After",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<Void> requestPasswordReset(@Valid @Body PasswordResetRequest request, HttpRequest<?> http) {
        rateLimit.check(http);
        rateLimit.checkEmail(http);
        requestPasswordReset.request(request.email(), request.language());
        return HttpResponse.accepted();
    }

    @Post("/password-reset/confirm")
    @RateLimitedOperation
    @Status(HttpStatus.NO_CONTENT)
    @JsonBodyProblems
    @Operation(operationId = "confirmPasswordReset", summary = "Sets a new password with a reset link's token",
            description = "The link works once. Every session of the account ends; every lock from wrong passwords is "
                    + "lifted, and the client address becomes one where the person signs in even while strangers "
                    + "guess from elsewhere.")
    @ApiResponse(responseCode = "204", description = "Password changed")
    @ApiResponse(responseCode = "400", description = "password-reset.link-invalid on token, or password.too-weak with "
            + "each unmet rule's code on newPassword",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    void confirmPasswordReset(@Valid @Body PasswordResetConfirmation confirmation, HttpRequest<?> http) {
        rateLimit.check(http);
        switch (resetPassword.reset(confirmation.token(), confirmation.newPassword(), clients.limitKey(http))) {
            case ResetPassword.PasswordChanged _ -> {
            }
            case ResetPassword.InvalidToken _ -> throw IdentityRefusals.resetLinkInvalid().toException();
            case ResetPassword.WeakPassword weak ->
                    throw IdentityRefusals.weakPassword("newPassword", weak.unmetRules()).toException();
        }
    }

    @Post("/password-check")
    @JsonBodyProblems
    @Operation(operationId = "checkPassword", summary = "Tells which password rules a candidate meets",
            description = "For forms that show the rules while the person types. Nothing is stored.")
    @ApiResponse(responseCode = "200", description = "Each rule, met or not")
    PasswordCheckResult checkPassword(@Valid @Body PasswordCheckRequest request) {
        Set<PasswordRule> unmet = Set.copyOf(PasswordPolicy.unmetRules(request.password(), request.email()));
        List<PasswordCheckResult.Rule> rules = Arrays.stream(PasswordRule.values())
                .map(rule -> new PasswordCheckResult.Rule(rule.name(), rule.message(), !unmet.contains(rule)))
                .toList();
        return new PasswordCheckResult(unmet.isEmpty(), rules);
    }
}
