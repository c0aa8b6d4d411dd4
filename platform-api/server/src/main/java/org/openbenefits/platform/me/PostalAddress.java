package org.openbenefits.platform.me;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.platform.employee.EmployeeProfileRow;

/**
 * The postal address where physical tickets go, as the person keeps it in "Mon profil": street, an optional second
 * line, postal code, city and country (ISO 3166-1 alpha-2).
 */
public record PostalAddress(String line1, @Nullable String line2, String postalCode, String city, String country) {

    /** The country when none is given. */
    public static final String DEFAULT_COUNTRY = "FR";

    /** An address as typed: trimmed, an empty second line absent, the country France unless given. */
    public static PostalAddress typed(String line1, @Nullable String line2, String postalCode, String city,
                                      @Nullable String country) {
        return new PostalAddress(line1.strip(), line2 == null || line2.isBlank() ? null : line2.strip(),
                postalCode.strip(), city.strip(), country == null || country.isBlank() ? DEFAULT_COUNTRY
                        : country.strip());
    }

    /** The profile's address, null when it has none; rows written before countries were kept read as France. */
    static @Nullable PostalAddress of(EmployeeProfileRow profile) {
        if (!profile.hasAddress()) {
            return null;
        }
        return new PostalAddress(profile.addressLine1(), profile.addressLine2(), profile.addressPostalCode(),
                profile.addressCity(), profile.addressCountry() == null ? DEFAULT_COUNTRY : profile.addressCountry());
    }

    @Override
    public String toString() {
        return "PostalAddress[***]";
    }
}
