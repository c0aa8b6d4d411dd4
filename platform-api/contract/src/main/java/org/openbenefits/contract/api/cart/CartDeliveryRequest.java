package org.openbenefits.contract.api.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.openbenefits.contract.api.me.ProfileAddress;

/**
 * Where this order goes, instead of the profile's choices, which do not change. Both are sent each time: an absent
 * (or blank) e-mail goes back to the profile's delivery e-mail, an absent address to the profile's address.
 *
 * @param email         where e-tickets and e-gift cards of this order go
 * @param postalAddress where postal items of this order go, complete, validated as the profile's
 */
@Serdeable
public record CartDeliveryRequest(
        @Nullable
        @Email(message = "{field.invalid-email}")
        @Size(max = 254, message = "{field.too-long}")
        @Schema(description = "Absent or blank: the profile's delivery e-mail", example = "camille@example.org")
        String email,
        @Nullable @Valid @Schema(type = "object", description = "Absent: the profile's address")
        ProfileAddress postalAddress) {

    /** A form's empty field means "the profile's"; spaces around an address are not part of it. */
    public CartDeliveryRequest {
        email = email == null || email.isBlank() ? null : email.strip();
    }

    @Override
    public String toString() {
        return "CartDeliveryRequest[***]";
    }
}
