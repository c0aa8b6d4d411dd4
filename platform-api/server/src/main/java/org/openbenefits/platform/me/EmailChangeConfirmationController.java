package org.openbenefits.platform.me;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import org.openbenefits.contract.api.me.EmailChangeConfirmation;
import org.openbenefits.contract.api.me.EmailChangeConfirmed;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.AddressRateLimit;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.PublicOperations;

/**
 * The link e-mailed to a new sign-in address: the portals' confirmation page calls this route with the link's token,
 * whether or not someone is signed in in that browser (the token alone proves the mailbox).
 */
@Controller("/api/v1/auth/email-change")
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication", description = "Sign-in, sessions (access and refresh tokens), password reset")
class EmailChangeConfirmationController {

    private final ConfirmEmailChange confirmEmailChange;
    private final AddressRateLimit rateLimit;

    EmailChangeConfirmationController(ConfirmEmailChange confirmEmailChange, AddressRateLimit rateLimit) {
        this.confirmEmailChange = confirmEmailChange;
        this.rateLimit = rateLimit;
    }

    @Post("/confirm")
    @JsonBodyProblems
    @Operation(operationId = "confirmEmailChange",
            summary = "Confirms a change of sign-in address with the token of its e-mailed link",
            description = "The link works once. The account signs in with the new address from then on (the old one "
                    + "no longer works), every session of the account ends, and the previous address receives the "
                    + "email-changed e-mail. The address is checked again: another account may have taken it since.")
    @ApiResponse(responseCode = "200", description = "The new sign-in address")
    @ApiResponse(responseCode = "400", description = "email-change.link-invalid on token: unknown, used, replaced by "
            + "a newer link, cancelled or expired; or the account can no longer sign in",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "email-change.taken-meanwhile: another account signs in with this "
            + "address since the link was sent; nothing changed and the link is spent",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "request.too-many from this address, with Retry-After",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    EmailChangeConfirmed confirm(@Valid @Body EmailChangeConfirmation confirmation, HttpRequest<?> http) {
        rateLimit.check(http);
        return switch (confirmEmailChange.confirm(confirmation.token())) {
            case ConfirmEmailChange.Confirmed confirmed -> new EmailChangeConfirmed(confirmed.email());
            case ConfirmEmailChange.InvalidToken _ -> throw EmailChangeRefusals.linkInvalid().toException();
            case ConfirmEmailChange.EmailTaken _ ->
                    throw Refusal.of(IdentityRefusal.EMAIL_TAKEN_MEANWHILE).toException();
        };
    }
}
