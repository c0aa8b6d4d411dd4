package org.openbenefits.platform.me;

import java.time.Clock;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.UserSummary;
import org.openbenefits.contract.api.me.EmailChangeRequest;
import org.openbenefits.platform.account.AccountSummaries;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.auth.IdentityProblems;
import org.openbenefits.platform.security.AddressRateLimit;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.ProblemException;

/** The signed-in person's own account. */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Me", description = "The signed-in person's own account")
@SecurityRequirement(name = "bearerAuth")
class MeController {

    private final UserAccounts accounts;
    private final ChangeEmail changeEmail;
    private final AddressRateLimit rateLimit;
    private final Clock clock;

    MeController(UserAccounts accounts, ChangeEmail changeEmail, AddressRateLimit rateLimit, Clock clock) {
        this.accounts = accounts;
        this.changeEmail = changeEmail;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    @Get
    @Operation(summary = "Describes the signed-in person", description = "The account the access token belongs to.")
    @ApiResponse(responseCode = "200", description = "The signed-in person")
    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED: no valid access token",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    UserSummary me(@Parameter(hidden = true) CurrentUser user) {
        return accounts.findById(user.id()).map(AccountSummaries::of)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND,
                        "Ce compte n'existe plus."));
    }

    @Post("/email")
    @Operation(summary = "Changes the sign-in e-mail address",
            description = "Needs the current password. The old address receives an email-changed e-mail. "
                    + "The access token keeps the old address until it is renewed.")
    @ApiResponse(responseCode = "200", description = "The account with its new address")
    @ApiResponse(responseCode = "401", description = "INVALID_CREDENTIALS: wrong current password (or UNAUTHORIZED without token)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "EMAIL_TAKEN",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "423", description = "ACCOUNT_LOCKED after repeated wrong passwords",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    UserSummary changeEmail(@Parameter(hidden = true) CurrentUser user, @Valid @Body EmailChangeRequest request, HttpRequest<?> http) {
        rateLimit.check(http);
        return switch (changeEmail.change(user.id(), request.currentPassword(), request.newEmail())) {
            case ChangeEmail.Changed changed -> changed.account();
            case ChangeEmail.WrongPassword _ -> throw IdentityProblems.wrongCurrentPassword();
            case ChangeEmail.Locked locked -> throw IdentityProblems.locked(locked.until(), clock.instant());
            case ChangeEmail.EmailTaken _ -> throw ProblemException.onField(HttpStatus.CONFLICT,
                    ProblemCodes.EMAIL_TAKEN, "newEmail",
                    "Cette adresse e-mail est déjà utilisée par un autre compte : choisissez-en une autre.")
                    .titled("Adresse déjà utilisée");
        };
    }
}
