package org.openbenefits.platform.me;

import io.micronaut.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.ProblemException;

/** "Mon profil": the signed-in person reads and completes their own profile. Any role reads its own. */
@Controller("/api/v1/me/profile")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Me", description = "The signed-in person's own account")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "404", description = "NOT_FOUND: the account was deleted",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
class ProfileController {

    private final ReadProfile readProfile;
    private final EditProfile editProfile;

    ProfileController(ReadProfile readProfile, EditProfile editProfile) {
        this.readProfile = readProfile;
        this.editProfile = editProfile;
    }

    @Get
    @Operation(summary = "Reads the signed-in person's profile (Mon profil)",
            description = "Names, sign-in and work e-mail, employee number, department and site as HR entered them; "
                    + "postal address, delivery e-mail (the work e-mail until the person chooses another) and "
                    + "language as the person keeps them. Employee fields are absent for HR managers and staff.")
    @ApiResponse(responseCode = "200", description = "The profile")
    ProfileView profile(@Parameter(hidden = true) CurrentUser user) {
        return readProfile.read(user.id()).orElseThrow(ProfileController::deleted);
    }

    @Put
    @Operation(summary = "Saves the signed-in person's profile (Mon profil)",
            description = "The whole editable part each time: an absent address removes it, an absent or blank "
                    + "delivery e-mail goes back to the work e-mail. The language applies to later e-mails at once, "
                    + "to the access token's lang claim from its next refresh. Nothing is written when a field is "
                    + "refused. Audited (PROFILE_EDITED, with the names of the changed fields only).")
    @ApiResponse(responseCode = "200", description = "The saved profile")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, each field at fault in errors (line1, "
            + "postalCode, city, country, deliveryEmail, language); NO_EMPLOYEE_PROFILE on address or deliveryEmail "
            + "for accounts without employee profile",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    ProfileView updateProfile(@Parameter(hidden = true) CurrentUser user, @Valid @Body ProfileUpdate update) {
        return switch (editProfile.edit(user, update)) {
            case EditProfile.Saved saved -> saved.profile();
            case EditProfile.NoEmployeeProfile refused -> throw ProblemException.onField(HttpStatus.BAD_REQUEST,
                    ProblemCodes.NO_EMPLOYEE_PROFILE, refused.field(),
                    "Votre compte n'a pas de profil salarié : l'adresse postale et l'e-mail de livraison ne s'y "
                            + "appliquent pas.").titled("Pas de profil salarié");
            case EditProfile.AccountDeleted _ -> throw deleted();
        };
    }

    static ProblemException deleted() {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND,
                "Ce compte a été supprimé : il n'y a plus de données à afficher.").titled("Compte supprimé");
    }
}
