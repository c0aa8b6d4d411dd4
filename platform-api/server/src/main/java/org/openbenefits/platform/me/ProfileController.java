package org.openbenefits.platform.me;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
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
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.SignedInOperations;

/** "Mon profil": the signed-in person reads and completes their own profile. Any role reads its own. */
@Controller("/api/v1/me/profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SignedInOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Me", description = "The signed-in person's own account")
@ApiResponse(responseCode = "404", description = "account.deleted: the account was deleted",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
class ProfileController {

    private final ProfileReader profiles;
    private final EditProfile editProfile;

    ProfileController(ProfileReader profiles, EditProfile editProfile) {
        this.profiles = profiles;
        this.editProfile = editProfile;
    }

    @Get
    @Operation(operationId = "getProfile", summary = "Reads the signed-in person's profile (Mon profil)",
            description = "Names, sign-in and work e-mail, employee number, department and site as HR entered them; "
                    + "postal address, delivery e-mail (the work e-mail until the person chooses another) and "
                    + "language as the person keeps them. Employee fields are absent for HR managers and staff.")
    @ApiResponse(responseCode = "200", description = "The profile")
    ProfileView profile(@Parameter(hidden = true) CurrentUser user) {
        return profiles.read(user.id()).orElseThrow(ProfileController::deleted);
    }

    @Put
    @JsonBodyProblems
    @Operation(operationId = "updateProfile", summary = "Saves the signed-in person's profile (Mon profil)",
            description = "The whole editable part each time: an absent address removes it, an absent or blank "
                    + "delivery e-mail goes back to the work e-mail. The language applies to later e-mails at once, "
                    + "to the access token's lang claim from its next refresh. Nothing is written when a field is "
                    + "refused. Audited (PROFILE_EDITED, with the names of the changed fields only).")
    @ApiResponse(responseCode = "200", description = "The saved profile")
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors with its code "
            + "(address.line1, address.postalCode, address.city, address.country, deliveryEmail, language); "
            + "profile.none on address or deliveryEmail for accounts without employee profile",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    ProfileView updateProfile(@Parameter(hidden = true) CurrentUser user, @Valid @Body ProfileUpdate update) {
        EditProfile.Change change = new EditProfile.Change(ProfileViews.typed(update.address()),
                update.deliveryEmail(), update.language());
        return switch (editProfile.edit(user.id(), change)) {
            case EditProfile.Saved _ -> profiles.read(user.id()).orElseThrow(ProfileController::deleted);
            case EditProfile.NoEmployeeProfile refused -> throw Refusal.of(IdentityRefusal.NO_EMPLOYEE_PROFILE)
                    .withField(FieldRefusal.of(refused.field(), IdentityRefusal.NOT_FOR_THIS_PROFILE)).toException();
            case EditProfile.AccountDeleted _ -> throw deleted();
        };
    }

    static Refused deleted() {
        return Refusal.of(IdentityRefusal.ACCOUNT_DELETED).toException();
    }
}
