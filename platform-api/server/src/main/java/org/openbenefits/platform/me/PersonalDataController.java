package org.openbenefits.platform.me;

import java.time.Clock;
import java.time.LocalDate;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.me.AccountDeletionRequest;
import org.openbenefits.contract.api.me.PersonalDataExport;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.auth.IdentityRefusals;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.security.AddressRateLimit;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.SignedInOperations;
import org.openbenefits.platform.web.openapi.RateLimitedOperation;

/** The person's rights over their personal data (docs/domain-rules.md, "Personal data"): download it all, delete the account. */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SignedInOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Me", description = "The signed-in person's own account")
class PersonalDataController {

    private final PersonalDataReader personalData;
    private final DeleteAccount deleteAccount;
    private final AddressRateLimit rateLimit;
    private final Clock clock;

    PersonalDataController(PersonalDataReader personalData, DeleteAccount deleteAccount,
                           AddressRateLimit rateLimit, Clock clock) {
        this.personalData = personalData;
        this.deleteAccount = deleteAccount;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    @Get("/data-export")
    @Operation(operationId = "exportPersonalData",
            summary = "Downloads everything the platform keeps about the signed-in person",
            description = "A JSON file (attachment mes-donnees-openbenefits-YYYY-MM-DD.json, Paris date): account "
                    + "without password hash or token, employee profile, children, sessions, audit entries about "
                    + "the person or by them, and when it was generated. Audited (DATA_EXPORTED). Not cached.")
    @ApiResponse(responseCode = "200", description = "The export",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "attachment; filename=\"mes-donnees-openbenefits-2026-11-22.json\""))
    @ApiResponse(responseCode = "404", description = "account.deleted: the account was deleted",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<PersonalDataExport> exportData(@Parameter(hidden = true) CurrentUser user) {
        PersonalDataExport export = personalData.export(user).orElseThrow(ProfileController::deleted);
        String file = "mes-donnees-openbenefits-" + LocalDate.ofInstant(export.generatedAt(), ParisFormats.PARIS)
                + ".json";
        return HttpResponse.ok(export)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Post("/deletion")
    @RateLimitedOperation
    @Secured("EMPLOYEE")
    @Status(HttpStatus.NO_CONTENT)
    @JsonBodyProblems
    @Operation(operationId = "deleteAccount",
            summary = "Deletes the signed-in employee's account, confirmed with the password",
            description = "Irreversible. Names become 'Anonyme', e-mail addresses and the employee number "
                    + "placeholders; address, delivery e-mail, department, site and children are forgotten; sign-in "
                    + "stops and every session ends (the access token in hand lives until it expires). The account "
                    + "id stays for accounting; HR sees the profile as DELETED. Audited (ACCOUNT_DELETED, without "
                    + "personal data). Employees only: HR managers and staff get 403.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "request.invalid: no password given",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "account.deletion-password-incorrect on currentPassword: wrong "
            + "password, nothing deleted; access.forbidden for other roles",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "account.deleted: the account was deleted already",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "423", description = "account.locked after repeated wrong passwords",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    void deleteAccount(@Parameter(hidden = true) CurrentUser user, @Valid @Body AccountDeletionRequest request,
                       HttpRequest<?> http) {
        rateLimit.check(http);
        switch (deleteAccount.delete(user, request.currentPassword())) {
            case DeleteAccount.Deleted _ -> {
            }
            case DeleteAccount.WrongPassword _ -> throw IdentityRefusals.wrongDeletionPassword().toException();
            case DeleteAccount.Locked locked ->
                    throw IdentityRefusals.accountLocked(locked.until(), clock.instant()).toException();
            case DeleteAccount.AlreadyDeleted _ -> throw ProfileController.deleted();
            case DeleteAccount.NotAnEmployee _ ->
                    throw Refusal.of(IdentityRefusal.DELETION_EMPLOYEES_ONLY).toException();
        }
    }
}
