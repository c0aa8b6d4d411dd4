package org.openbenefits.platform.employee;

import java.time.Instant;
import java.util.Objects;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.EmailAddresses;

/**
 * Maps HR's entries to the profile and children rows, and writes them; shared by creation and edition. What the
 * employee chose in "Mon profil" survives HR's edits: the delivery e-mail, and the country of an address HR leaves
 * as it was.
 */
@Singleton
class ProfileWriter {

    /** The country of an address HR enters: France, as the API's profile addresses default to. */
    static final String DEFAULT_COUNTRY = "FR";

    private final EmployeeProfiles profiles;
    private final EmployeeChildren children;

    ProfileWriter(EmployeeProfiles profiles, EmployeeChildren children) {
        this.profiles = profiles;
        this.children = children;
    }

    void insert(long accountId, long employerId, EmployeeDetails details, Instant now) {
        profiles.save(row(accountId, employerId, details, null, now));
        saveChildren(accountId, details);
    }

    void replace(EmployeeProfileRow before, EmployeeDetails details, Instant now) {
        profiles.update(row(before.userAccountId(), before.employerId(), details, before, now));
        children.deleteByUserAccountId(before.userAccountId());
        saveChildren(before.userAccountId(), details);
    }

    /**
     * @param before the stored row when editing, null when creating
     */
    static EmployeeProfileRow row(long accountId, long employerId, EmployeeDetails details,
                                  @Nullable EmployeeProfileRow before, Instant now) {
        EmployeeDetails.Address address = details.address();
        String line1 = address == null ? null : address.line1().strip();
        String line2 = address == null ? null : blankToNull(address.line2());
        String postalCode = address == null ? null : address.postalCode().strip();
        String city = address == null ? null : address.city().strip();
        String country = null;
        if (address != null) {
            boolean unchanged = before != null && Objects.equals(line1, before.addressLine1())
                    && Objects.equals(line2, before.addressLine2())
                    && Objects.equals(postalCode, before.addressPostalCode())
                    && Objects.equals(city, before.addressCity());
            country = unchanged && before.addressCountry() != null ? before.addressCountry()
                    : DEFAULT_COUNTRY;
        }
        return new EmployeeProfileRow(accountId, employerId, details.employeeNumber().strip(),
                EmailAddresses.normalise(details.workEmail()), before == null ? null : before.deliveryEmail(),
                blankToNull(details.department()), blankToNull(details.site()), line1, line2, postalCode, city,
                country, now);
    }

    private void saveChildren(long accountId, EmployeeDetails details) {
        if (!details.children().isEmpty()) {
            children.saveAll(details.children().stream()
                    .map(child -> new EmployeeChildRow(null, accountId, child.firstName().strip(), child.birthDate()))
                    .toList());
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
