package org.openbenefits.platform.me;

import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.auth.UserSummary;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.platform.account.AccountViews;
import org.openbenefits.platform.account.EmployerRow;
import org.openbenefits.platform.account.Employers;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.employee.EmployeeProfiles;

/**
 * Reads the signed-in person's own account: its summary, and "Mon profil" (their account, for employees their
 * employee profile, and the change of sign-in address waiting for confirmation, if any).
 */
@Singleton
public class ProfileReader {

    private final UserAccounts accounts;
    private final EmployeeProfiles profiles;
    private final Employers employers;
    private final EmailChangeLinks emailChanges;

    ProfileReader(UserAccounts accounts, EmployeeProfiles profiles, Employers employers,
                  EmailChangeLinks emailChanges) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.employers = employers;
        this.emailChanges = emailChanges;
    }

    /** What the API tells about the account; empty if there is no such account. */
    @Transactional(readOnly = true)
    public Optional<UserSummary> summary(long accountId) {
        return accounts.findById(accountId).map(AccountViews::summary);
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
