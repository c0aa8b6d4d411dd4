package org.openbenefits.platform.me;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.platform.account.UserAccounts;

/** The signed-in person withdraws their pending change of sign-in address: its link stops working at once. */
@Singleton
public class CancelEmailChange {

    private final UserAccounts accounts;
    private final EmailChangeLinks links;

    CancelEmailChange(UserAccounts accounts, EmailChangeLinks links) {
        this.accounts = accounts;
        this.links = links;
    }

    /** Does nothing when no change is pending, so that cancelling twice is harmless. */
    @Transactional
    public void cancel(long accountId) {
        // Taken in the same order as a confirmation (account, then link), so that the two take turns.
        accounts.lockById(accountId).orElseThrow();
        links.forget(accountId);
    }
}
