package org.openbenefits.platform.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.account.AccountEmailLimits;
import org.openbenefits.platform.account.AccountEmailLimits.Kind;
import org.openbenefits.platform.account.AccountTokenRow;
import org.openbenefits.platform.account.AccountTokenRow.Purpose;
import org.openbenefits.platform.account.AccountTokens;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.notification.PortalLinks;
import org.openbenefits.platform.outbox.Outbox;
import org.openbenefits.platform.security.SecretTokens;

/**
 * "Mot de passe oublié": for an active account, creates a single-use reset link (1 hour by default) and asks for the
 * {@code password-reset} e-mail, both in one transaction, at most a few times an hour per account
 * ({@link AccountEmailLimits}). Says nothing about whether the address is known, nor whether the limit was reached:
 * the caller answers the same in every case, and beyond the limit nothing is sent.
 */
@Singleton
public class RequestPasswordReset {

    public static final String TEMPLATE = "password-reset";
    static final String PATH = "/mot-de-passe/nouveau";

    private final UserAccounts accounts;
    private final AccountEmailLimits limits;
    private final AccountTokens tokens;
    private final Outbox outbox;
    private final PortalLinks links;
    private final Clock clock;
    private final Duration lifetime;

    RequestPasswordReset(UserAccounts accounts, AccountEmailLimits limits, AccountTokens tokens, Outbox outbox,
                         PortalLinks links, Clock clock,
                         @Value("${platform.security.password-reset-lifetime:1h}") Duration lifetime) {
        this.accounts = accounts;
        this.limits = limits;
        this.tokens = tokens;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /**
     * @param email    the address typed
     * @param language the e-mail's language ({@code fr} or {@code en}); the account's own when null
     */
    @Transactional
    public void request(String email, @Nullable String language) {
        accounts.findByEmail(EmailAddresses.normalise(email))
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .flatMap(account -> accounts.lockById(account.id()))
                .filter(account -> limits.nextAllowedAt(account.id(), Kind.PASSWORD_RESET).isEmpty())
                .ifPresent(account -> {
                    sendLink(account, language == null ? account.language() : language);
                    limits.record(account.id(), Kind.PASSWORD_RESET);
                });
    }

    private void sendLink(UserAccountRow account, String language) {
        Instant now = clock.instant();
        String token = SecretTokens.newToken();
        tokens.deleteUnused(account.id(), Purpose.PASSWORD_RESET.name());
        tokens.save(new AccountTokenRow(null, Purpose.PASSWORD_RESET, SecretTokens.hash(token), account.id(), now,
                now.plus(lifetime), null));
        outbox.append(new NotificationRequested(UUID.randomUUID(), account.email(), language, TEMPLATE, Map.of(
                "firstName", account.firstName(),
                "link", links.withToken(account.role(), PATH, token),
                "validMinutes", Long.toString(lifetime.toMinutes()))));
    }
}
