package org.openbenefits.platform.employee;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Singleton;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeRequest.PostalAddress;
import org.openbenefits.domain.identity.EmailAddresses;

/** Maps a request to the profile and children rows, and writes them; shared by creation and edition. */
@Singleton
class ProfileWriter {

    private final EmployeeProfiles profiles;
    private final EmployeeChildren children;

    ProfileWriter(EmployeeProfiles profiles, EmployeeChildren children) {
        this.profiles = profiles;
        this.children = children;
    }

    void insert(long accountId, long employerId, EmployeeRequest request, Instant now) {
        profiles.save(row(accountId, employerId, request, now));
        saveChildren(accountId, request);
    }

    void replace(long accountId, long employerId, EmployeeRequest request, Instant now) {
        profiles.update(row(accountId, employerId, request, now));
        children.deleteByUserAccountId(accountId);
        saveChildren(accountId, request);
    }

    static EmployeeProfileRow row(long accountId, long employerId, EmployeeRequest request, Instant now) {
        PostalAddress address = request.address();
        return new EmployeeProfileRow(accountId, employerId, request.employeeNumber().strip(),
                EmailAddresses.normalise(request.workEmail()), blankToNull(request.department()),
                blankToNull(request.site()), address == null ? null : address.line1().strip(),
                address == null ? null : blankToNull(address.line2()),
                address == null ? null : address.postalCode().strip(),
                address == null ? null : address.city().strip(), now);
    }

    private void saveChildren(long accountId, EmployeeRequest request) {
        List<EmployeeRequest.Child> given = request.children() == null ? List.of() : request.children();
        if (!given.isEmpty()) {
            children.saveAll(given.stream()
                    .map(child -> new EmployeeChildRow(null, accountId, child.firstName().strip(), child.birthDate()))
                    .toList());
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
