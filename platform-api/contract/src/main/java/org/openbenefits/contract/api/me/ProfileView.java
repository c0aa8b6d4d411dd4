package org.openbenefits.contract.api.me;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * "Mon profil": what the signed-in person sees of themselves. The employee fields (work e-mail, employee number,
 * department, site, address, delivery e-mail) are those HR entered and the person completed; they are absent for
 * accounts without an employee profile (HR managers, platform staff).
 *
 * @param firstName              first name, as HR entered it
 * @param lastName               last name, as HR entered it
 * @param email                  the sign-in e-mail address
 * @param workEmail              the work e-mail address HR entered
 * @param employeeNumber         the employee number (matricule)
 * @param department             the department (service), if HR gave one
 * @param site                   the site, if HR gave one
 * @param employerName           the employer's name; absent for platform staff
 * @param address                the postal address for physical tickets, if known
 * @param deliveryEmail          where e-tickets and e-cards are sent: the person's choice, else the work e-mail
 * @param deliveryEmailIsDefault whether {@code deliveryEmail} is the work e-mail because the person chose none
 * @param language               the language of the portal and of e-mails, {@code fr} or {@code en}
 * @param pendingEmailChange     the change of sign-in address waiting for its confirmation link, if any
 */
@Serdeable
public record ProfileView(
        String firstName,
        String lastName,
        String email,
        @Nullable String workEmail,
        @Nullable String employeeNumber,
        @Nullable String department,
        @Nullable String site,
        @Nullable String employerName,
        @Nullable @Schema(type = "object") ProfileAddress address,
        @Nullable
        @Schema(description = "The person's choice, else the work e-mail; absent without an employee profile")
        String deliveryEmail,
        boolean deliveryEmailIsDefault,
        @Schema(requiredMode = REQUIRED, allowableValues = {"fr", "en"})
        String language,
        @Nullable
        @Schema(type = "object",
                description = "The change of sign-in address waiting for its confirmation link; absent when none")
        PendingEmailChange pendingEmailChange) {

    @Creator
    public ProfileView {
    }

    /** A profile with no change of sign-in address waiting. */
    public ProfileView(String firstName, String lastName, String email, @Nullable String workEmail,
                       @Nullable String employeeNumber, @Nullable String department, @Nullable String site,
                       @Nullable String employerName, @Nullable ProfileAddress address, @Nullable String deliveryEmail,
                       boolean deliveryEmailIsDefault, String language) {
        this(firstName, lastName, email, workEmail, employeeNumber, department, site, employerName, address,
                deliveryEmail, deliveryEmailIsDefault, language, null);
    }

    @Override
    public String toString() {
        return "ProfileView[language=" + language + "]";
    }
}
