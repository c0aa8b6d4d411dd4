package org.openbenefits.platform.me;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.EmailChangeLimit;
import org.openbenefits.platform.account.AccountTokenRow;
import org.openbenefits.platform.account.AccountTokenRow.Purpose;
import org.openbenefits.platform.account.AccountTokens;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.notification.PortalLinks;
import org.openbenefits.platform.outbox.Outbox;
import org.openbenefits.platform.security.SecretTokens;

/**
 * The pending change of a sign-in address: a single-use {@link Purpose#EMAIL_CHANGE} link that carries the new
 * address ({@code platform.security.email-change.link-lifetime}, 24 hours by default), e-mailed to that address
 * ({@code email-change-confirmation}). A new link replaces the account's unused one. At most
 * {@code platform.security.email-change.mails-per-hour} such e-mails leave per account within any hour
 * ({@link EmailChangeLimit}), whatever asks for them (a new request or a re-send).
 */
@Singleton
class EmailChangeLinks {

    static final String CONFIRMATION_TEMPLATE = "email-change-confirmation";
    /** The portals' confirmation page ({@code SessionPaths.EMAIL_CHANGE_CONFIRMATION} in portal-common). */
    static final String PATH = "/email-de-connexion/confirmer";

    /** How sending a link ended. */
    sealed interface Outcome {
    }

    record Sent(PendingAddressChange pending) implements Outcome {
    }

    /** The account had its share of confirmation e-mails: one more may leave from {@code from}. */
    record TooMany(Instant from) implements Outcome {
    }

    private final AccountTokens tokens;
    private final EmailChangeMails mails;
    private final Outbox outbox;
    private final PortalLinks links;
    private final Clock clock;
    private final Duration lifetime;
    private final EmailChangeLimit limit;

    EmailChangeLinks(AccountTokens tokens, EmailChangeMails mails, Outbox outbox, PortalLinks links, Clock clock,
                     @Value("${platform.security.email-change.link-lifetime:24h}") Duration lifetime,
                     @Value("${platform.security.email-change.mails-per-hour:3}") int mailsPerHour) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalStateException("platform.security.email-change.link-lifetime must be positive");
        }
        this.tokens = tokens;
        this.mails = mails;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.lifetime = lifetime;
        this.limit = new EmailChangeLimit(mailsPerHour, Duration.ofHours(1));
    }

    /**
     * E-mails a new confirmation link for {@code newEmail} (normalised) to that address, replacing the account's
     * unused one, unless the account had its share of such e-mails lately. The caller has locked the account in its
     * transaction, so that concurrent requests take turns and all count.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Outcome send(UserAccountRow account, String newEmail) {
        Instant now = clock.instant();
        Instant horizon = limit.countsAfter(now);
        Optional<Instant> wait = limit.nextAllowedAt(mails.sentAfter(account.id(), horizon), now);
        if (wait.isPresent()) {
            return new TooMany(wait.get());
        }
        mails.forgetUntil(account.id(), horizon);
        mails.save(new EmailChangeMailRow(null, account.id(), now));
        String token = SecretTokens.newToken();
        Instant expiresAt = now.plus(lifetime);
        tokens.deleteUnused(account.id(), Purpose.EMAIL_CHANGE.name());
        tokens.save(new AccountTokenRow(null, Purpose.EMAIL_CHANGE, SecretTokens.hash(token), account.id(), now,
                expiresAt, null, newEmail));
        outbox.append(new NotificationRequested(UUID.randomUUID(), newEmail, account.language(), CONFIRMATION_TEMPLATE,
                Map.of("firstName", account.firstName(),
                        "link", links.withToken(account.role(), PATH, token),
                        "expiresAt", ParisFormats.dateTime(expiresAt))));
        return new Sent(new PendingAddressChange(newEmail, expiresAt));
    }

    /** The account's change waiting for confirmation, if its link may still be used. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<PendingAddressChange> pending(long accountId) {
        return pendingLink(accountId).map(link -> new PendingAddressChange(link.newEmail(), link.expiresAt()));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<AccountTokenRow> pendingLink(long accountId) {
        return tokens.findUsable(accountId, Purpose.EMAIL_CHANGE.name(), clock.instant())
                .filter(link -> link.newEmail() != null);
    }

    /** Forgets the account's unused link (cancelled, or the account is going): it no longer works. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void forget(long accountId) {
        tokens.deleteUnused(accountId, Purpose.EMAIL_CHANGE.name());
    }

    /** Forgets when the account's confirmation e-mails left: the account is being deleted. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void forgetMails(long accountId) {
        mails.forgetAllOf(accountId);
    }
}
