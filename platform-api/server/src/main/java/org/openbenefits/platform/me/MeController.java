package org.openbenefits.platform.me;

import java.time.Clock;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.UserSummary;
import org.openbenefits.contract.api.me.EmailChangeRequest;
import org.openbenefits.contract.api.me.PendingEmailChange;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.auth.IdentityRefusals;
import org.openbenefits.platform.security.AddressRateLimit;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.SignedInOperations;
import org.openbenefits.platform.web.openapi.MediaTypeProblem;

/** The signed-in person's own account. */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SignedInOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Me", description = "The signed-in person's own account")
class MeController {

    private final ProfileReader profiles;
    private final RequestEmailChange requestEmailChange;
    private final ResendEmailConfirmation resendEmailConfirmation;
    private final CancelEmailChange cancelEmailChange;
    private final AddressRateLimit rateLimit;
    private final Clock clock;

    MeController(ProfileReader profiles, RequestEmailChange requestEmailChange,
                 ResendEmailConfirmation resendEmailConfirmation, CancelEmailChange cancelEmailChange,
                 AddressRateLimit rateLimit, Clock clock) {
        this.profiles = profiles;
        this.requestEmailChange = requestEmailChange;
        this.resendEmailConfirmation = resendEmailConfirmation;
        this.cancelEmailChange = cancelEmailChange;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    @Get
    @Operation(operationId = "getMe",
            summary = "Describes the signed-in person", description = "The account the access token belongs to.")
    @ApiResponse(responseCode = "200", description = "The signed-in person")
    @ApiResponse(responseCode = "401", description = "auth.required: no valid access token",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    UserSummary me(@Parameter(hidden = true) CurrentUser user) {
        return profiles.summary(user.id())
                .orElseThrow(() -> Refusal.of(GeneralRefusal.NOT_FOUND).toException());
    }

    @Post("/email")
    @Status(HttpStatus.ACCEPTED)
    @JsonBodyProblems
    @Operation(operationId = "requestEmailChange", summary = "Asks to change the sign-in e-mail address",
            description = "Needs the current password. Nothing changes yet: a single-use confirmation link, valid 24 "
                    + "hours by default (platform.security.email-change.link-lifetime), goes to the new address "
                    + "(template email-change-confirmation) and the current address is told, the new one masked "
                    + "(email-change-requested). The account keeps signing in with the current address until the "
                    + "link is used (POST /api/v1/auth/email-change/confirm). A new request replaces the pending "
                    + "one. At most 3 confirmation e-mails per account within any hour "
                    + "(platform.security.email-change.mails-per-hour). Addresses are stored and compared in lower case.")
    @ApiResponse(responseCode = "202", description = "The change waiting for its confirmation link")
    @ApiResponse(responseCode = "400", description = "request.invalid on newEmail or currentPassword; "
            + "email.unchanged on newEmail: it is the current address",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "password.current-incorrect on currentPassword: wrong current "
            + "password (or auth.required without token)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "email.taken on newEmail: another account signs in with it",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "423", description = "account.locked after repeated wrong passwords",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "email.change-limit-reached for this account, or "
            + "request.too-many from this address; retryAfter and Retry-After say when to retry",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    PendingEmailChange changeEmail(@Parameter(hidden = true) CurrentUser user, @Valid @Body EmailChangeRequest request,
                                   HttpRequest<?> http) {
        rateLimit.check(http);
        return switch (requestEmailChange.request(user.id(), request.currentPassword(), request.newEmail())) {
            case RequestEmailChange.Requested requested -> ProfileViews.pending(requested.pending());
            case RequestEmailChange.WrongPassword _ -> throw IdentityRefusals.wrongCurrentPassword().toException();
            case RequestEmailChange.Locked locked ->
                    throw IdentityRefusals.accountLocked(locked.until(), clock.instant()).toException();
            case RequestEmailChange.EmailTaken _ -> throw EmailChangeRefusals.taken().toException();
            case RequestEmailChange.Unchanged _ -> throw EmailChangeRefusals.unchanged().toException();
            case RequestEmailChange.TooManyMails tooMany ->
                    throw EmailChangeRefusals.tooManyMails(tooMany.from(), clock.instant()).toException();
        };
    }

    @Post("/email/pending/resend")
    @Status(HttpStatus.ACCEPTED)
    @MediaTypeProblem
    @Operation(operationId = "resendEmailConfirmation",
            summary = "Sends the pending sign-in address change's confirmation link again",
            description = "A new link, valid a full lifetime again, replaces the previous one. Counts towards the "
                    + "per-account limit of confirmation e-mails. The current address is not told again.")
    @ApiResponse(responseCode = "202", description = "The change waiting for its new confirmation link")
    @ApiResponse(responseCode = "404", description = "email-change.none-pending: none asked, or it expired, was "
            + "confirmed or cancelled",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "email.change-limit-reached or request.too-many, with Retry-After",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    PendingEmailChange resendEmailConfirmation(@Parameter(hidden = true) CurrentUser user, HttpRequest<?> http) {
        rateLimit.check(http);
        return switch (resendEmailConfirmation.resend(user.id())) {
            case ResendEmailConfirmation.Resent resent -> ProfileViews.pending(resent.pending());
            case ResendEmailConfirmation.NothingPending _ ->
                    throw Refusal.of(IdentityRefusal.NO_PENDING_EMAIL_CHANGE).toException();
            case ResendEmailConfirmation.TooManyMails tooMany ->
                    throw EmailChangeRefusals.tooManyMails(tooMany.from(), clock.instant()).toException();
        };
    }

    @Delete("/email/pending")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "cancelEmailChange", summary = "Cancels the pending sign-in address change",
            description = "Its confirmation link stops working at once. Always 204, also when nothing was pending.")
    @ApiResponse(responseCode = "204", description = "Nothing is pending any more")
    void cancelEmailChange(@Parameter(hidden = true) CurrentUser user) {
        cancelEmailChange.cancel(user.id());
    }
}
