package org.openbenefits.platform.manager;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.manager.ManagerView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;

/** The HR managers of one employer, as the API shows them. */
@Singleton
class ManagerReader {

    private final UserAccounts accounts;

    ManagerReader(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The employer's HR managers, by name. */
    List<ManagerView> list(long employerId) {
        return accounts.findByEmployerIdAndRole(employerId, Role.HR_MANAGER,
                        Sort.of(Sort.Order.asc("lastName"), Sort.Order.asc("firstName"), Sort.Order.asc("id")))
                .stream().map(ManagerReader::view).toList();
    }

    /** One HR manager of the employer. */
    Optional<ManagerView> find(long employerId, long managerId) {
        return accounts.findById(managerId)
                .filter(account -> account.role() == Role.HR_MANAGER && account.employerId() != null
                        && account.employerId() == employerId)
                .map(ManagerReader::view);
    }

    private static ManagerView view(UserAccountRow manager) {
        return new ManagerView(manager.id(), manager.firstName(), manager.lastName(), manager.email(),
                manager.status().name());
    }
}
