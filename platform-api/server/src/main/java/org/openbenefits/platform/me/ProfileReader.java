package org.openbenefits.platform.me;

import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.platform.account.EmployerRow;
import org.openbenefits.platform.account.Employers;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.employee.EmployeeProfiles;

/**
 * Reads "Mon profil" of the signed-in person: their account, for employees their employee profile, and the change of
 * sign-in address waiting for confirmation, if any.
 */
@Singleton
public class ReadProfile {

    private final UserAccounts accounts;
    private final EmployeeProfiles profiles;
    private final Employers employers;
    private final EmailChangeLinks emailChanges;

    ReadProfile(UserAccounts accounts, EmployeeProfiles profiles, Employers employers, EmailChangeLinks emailChanges) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.employers = employers;
        this.emailChanges = emailChanges;
    }

    /** The person's profile; empty once the account was deleted. */
    @Transactional(readOnly = true)
    public Optional<ProfileView> read(long accountId) {
        Optional<UserAccountRow> account = accounts.findById(accountId)
                .filter(row -> row.status() != AccountStatus.DELETED);
        return account.map(row -> ProfileViews.of(row, profiles.findById(accountId).orElse(null),
                row.employerId() == null ? null
                        : employers.findById(row.employerId()).map(EmployerRow::name).orElse(null),
                emailChanges.pending(accountId).orElse(null)));
    }
}
