package org.openbenefits.platform.invitation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.invitation.InvitationAcceptance;
import org.openbenefits.contract.api.invitation.InvitationDetails;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.auth.IdentityRefusals;
import org.openbenefits.platform.auth.SessionViews;
import org.openbenefits.platform.security.AddressRateLimit;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.PublicOperations;
import org.openbenefits.platform.web.openapi.RateLimitedOperation;

/** The activation page's routes: what an invitation link is about, and accepting it with a password. */
@Controller("/api/v1/invitations")
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Invitations", description = "Account activation from the invitation e-mail's link")
class InvitationController {

    private final Invitations invitations;
    private final AcceptInvitation acceptInvitation;
    private final AddressRateLimit rateLimit;

    InvitationController(Invitations invitations, AcceptInvitation acceptInvitation, AddressRateLimit rateLimit) {
        this.invitations = invitations;
        this.acceptInvitation = acceptInvitation;
        this.rateLimit = rateLimit;
    }

    @Get("/{token}")
    @Operation(operationId = "getInvitation",
            summary = "Describes a valid invitation",
            description = "For the activation page: who is invited, by which employer, until when.")
    @ApiResponse(responseCode = "200", description = "The invitation can be accepted")
    @ApiResponse(responseCode = "404", description = "invitation.not-found",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "410", description = "invitation.expired or invitation.already-used",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    InvitationDetails show(@PathVariable String token) {
        return switch (invitations.find(token)) {
            case Invitations.Valid valid ->
                    new InvitationDetails(valid.firstName(), valid.email(), valid.employerName(), valid.expiresAt());
            case Invitations.Lookup refused -> throw refusal(refused).toException();
        };
    }

    @Post("/{token}/accept")
    @RateLimitedOperation
    @JsonBodyProblems
    @Operation(operationId = "acceptInvitation", summary = "Accepts an invitation with a new password",
            description = "Activates the account and signs the person in: the answer is the same as a sign-in's. The link works once.")
    @ApiResponse(responseCode = "200", description = "Account active, signed in")
    @ApiResponse(responseCode = "400", description = "password.too-weak with each unmet rule's code on the field password",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "invitation.not-found",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "410", description = "invitation.expired or invitation.already-used",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    SignInResponse accept(@PathVariable String token, @Valid @Body InvitationAcceptance acceptance,
                          HttpRequest<?> http) {
        rateLimit.check(http);
        return switch (acceptInvitation.accept(token, acceptance.password())) {
            case AcceptInvitation.Accepted accepted -> SessionViews.of(accepted.session());
            case AcceptInvitation.WeakPassword weak ->
                    throw IdentityRefusals.weakPassword("password", weak.unmetRules()).toException();
            case AcceptInvitation.Refused refused -> throw refusal(refused.reason()).toException();
        };
    }

    private static Refusal refusal(Invitations.Lookup lookup) {
        return Refusal.of(switch (lookup) {
            case Invitations.Expired _ -> IdentityRefusal.INVITATION_EXPIRED;
            case Invitations.AlreadyUsed _ -> IdentityRefusal.INVITATION_ALREADY_USED;
            case Invitations.NotFound _, Invitations.Valid _ -> IdentityRefusal.INVITATION_NOT_FOUND;
        });
    }
}
