package org.openbenefits.platform.me;

import java.time.Instant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.platform.account.AccountTokenRow;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;

/**
 * Sends the confirmation link of the pending change of sign-in address again (lost or expired-soon e-mail): a new
 * link, valid for a full lifetime again, replaces the previous one, within the same per-account limit of confirmation
 * e-mails. The current address was told when the change was asked for and is not told again.
 */
@Singleton
public class ResendEmailConfirmation {

    /** How the re-send ended. */
    public sealed interface Result {
    }

    public record Resent(PendingAddressChange pending) implements Result {
    }

    /** No change waits for confirmation (none asked, or it expired, was used or cancelled). */
    public record NothingPending() implements Result {
    }

    public record TooManyMails(Instant from) implements Result {
    }

    private final UserAccounts accounts;
    private final EmailChangeLinks links;

    ResendEmailConfirmation(UserAccounts accounts, EmailChangeLinks links) {
        this.accounts = accounts;
        this.links = links;
    }

    @Transactional
    public Result resend(long accountId) {
        UserAccountRow account = accounts.lockById(accountId).orElseThrow();
        String newEmail = links.pendingLink(account.id()).map(AccountTokenRow::newEmail).orElse(null);
        if (newEmail == null) {
            return new NothingPending();
        }
        return switch (links.send(account, newEmail)) {
            case EmailChangeLinks.Sent sent -> new Resent(sent.pending());
            case EmailChangeLinks.TooMany tooMany -> new TooManyMails(tooMany.from());
        };
    }
}
