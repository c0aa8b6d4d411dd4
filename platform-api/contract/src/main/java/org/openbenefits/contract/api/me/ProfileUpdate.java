package org.openbenefits.contract.api.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the signed-in person may change in "Mon profil". The whole profile is sent each time: an absent address
 * removes it, an absent delivery e-mail goes back to the work e-mail. Names, work e-mail and employee number are
 * HR's to change.
 *
 * @param address       the postal address for physical tickets, complete, or absent
 * @param deliveryEmail where e-tickets and e-cards go; absent or blank for the work e-mail
 * @param language      {@code fr} or {@code en}: the portal's and the e-mails' language
 */
@Serdeable
public record ProfileUpdate(
        @Nullable @Valid @Schema(type = "object")
        ProfileAddress address,
        @Nullable
        @Email(message = "{field.invalid-email}")
        @Size(max = 254, message = "{field.too-long}")
        @Schema(description = "Absent or blank: e-tickets go to the work e-mail", example = "camille@example.org")
        String deliveryEmail,
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "fr|en", message = "{language.unknown}")
        @Schema(allowableValues = {"fr", "en"})
        String language) {

    /** A form's empty field means "the work e-mail"; spaces around an address are not part of it. */
    public ProfileUpdate {
        deliveryEmail = deliveryEmail == null || deliveryEmail.isBlank() ? null : deliveryEmail.strip();
    }

    @Override
    public String toString() {
        return "ProfileUpdate[address=" + (address == null ? "none" : "***") + ", deliveryEmail=***, language="
                + language + "]";
    }
}
