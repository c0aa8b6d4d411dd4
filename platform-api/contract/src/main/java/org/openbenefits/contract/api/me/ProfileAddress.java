package org.openbenefits.contract.api.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The postal address where physical tickets are sent, as the person keeps it in "Mon profil". When given, it is
 * complete: street, postal code and city; the country is France unless said otherwise.
 *
 * @param line1      number and street
 * @param line2      building, floor, c/o...; optional
 * @param postalCode five digits
 * @param city       the city
 * @param country    ISO 3166-1 alpha-2 code; {@code FR} when absent
 */
@Serdeable
public record ProfileAddress(
        @NotBlank(message = "{field.required}")
        @Size(max = 200, message = "{field.too-long}")
        @Schema(example = "12 rue des Lilas")
        String line1,
        @Nullable
        @Size(max = 200, message = "{field.too-long}")
        String line2,
        @NotBlank(message = "{field.required}")
        @Pattern(regexp = "[0-9]{5}", message = "{address.postal-code-invalid}")
        @Schema(example = "69003")
        String postalCode,
        @NotBlank(message = "{field.required}")
        @Size(max = 100, message = "{field.too-long}")
        @Schema(example = "Lyon")
        String city,
        @Nullable
        @Pattern(regexp = "[A-Z]{2}", message = "{address.country-invalid}")
        @Schema(description = "ISO 3166-1 alpha-2 code, FR when absent", example = "FR", defaultValue = "FR")
        String country) {

    /** The country when none is given. */
    public static final String DEFAULT_COUNTRY = "FR";

    @Override
    public String toString() {
        return "ProfileAddress[***]";
    }
}
