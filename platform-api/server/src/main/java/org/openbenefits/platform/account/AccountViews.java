package org.openbenefits.platform.account;

import org.openbenefits.contract.api.auth.UserSummary;

/** Maps an account row to what the API tells about the person. */
public final class AccountViews {

    private AccountViews() {
    }

    public static UserSummary summary(UserAccountRow account) {
        return new UserSummary(account.id(), account.email(), account.firstName(), account.lastName(),
                account.role().name(), account.employerId(), account.language());
    }
}
