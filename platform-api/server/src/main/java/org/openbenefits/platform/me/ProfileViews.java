package org.openbenefits.platform.me;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.me.PendingEmailChange;
import org.openbenefits.contract.api.me.PersonalDataExport;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.employee.EmployeeProfileRow;

/** Maps the account and employee profile rows to what "Mon profil" and the personal data export show, and back. */
final class ProfileViews {

    private ProfileViews() {
    }

    /**
     * @param profile      the employee profile; null for HR managers and staff
     * @param employerName the employer's name; null for staff
     * @param pending      the change of sign-in address waiting for confirmation; null when none
     */
    static ProfileView of(UserAccountRow account, @Nullable EmployeeProfileRow profile, @Nullable String employerName,
                          @Nullable PendingAddressChange pending) {
        return new ProfileView(account.firstName(), account.lastName(), account.email(),
                profile == null ? null : profile.workEmail(),
                profile == null ? null : profile.employeeNumber(),
                profile == null ? null : profile.department(),
                profile == null ? null : profile.site(),
                employerName,
                profile == null ? null : address(profile),
                profile == null ? null : profile.effectiveDeliveryEmail(),
                profile != null && profile.deliveryEmail() == null,
                account.language(),
                pending == null ? null : pending(pending));
    }

    static PendingEmailChange pending(PendingAddressChange pending) {
        return new PendingEmailChange(pending.newEmail(), pending.expiresAt());
    }

    static PersonalDataExport.Profile exported(EmployeeProfileRow profile) {
        return new PersonalDataExport.Profile(profile.employeeNumber(), profile.workEmail(), profile.department(),
                profile.site(), address(profile), profile.effectiveDeliveryEmail(), profile.deliveryEmail() == null,
                profile.updatedAt());
    }

    /** The profile's address, null when it has none; rows written before countries were kept read as France. */
    static @Nullable ProfileAddress address(EmployeeProfileRow profile) {
        PostalAddress address = PostalAddress.of(profile);
        return address == null ? null : new ProfileAddress(address.line1(), address.line2(), address.postalCode(),
                address.city(), address.country());
    }

    /** An address as the request gives it, trimmed, an empty second line absent, the country France unless given. */
    static @Nullable PostalAddress typed(@Nullable ProfileAddress address) {
        return address == null ? null : PostalAddress.typed(address.line1(), address.line2(), address.postalCode(),
                address.city(), address.country());
    }
}
