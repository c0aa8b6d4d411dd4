package org.openbenefits.platform.invitation;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.AccountTokenRow;
import org.openbenefits.platform.account.AccountTokenRow.Purpose;
import org.openbenefits.platform.account.AccountTokens;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.infrastructure.MultiRowInsert;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.notification.PortalLinks;
import org.openbenefits.platform.outbox.Outbox;
import org.openbenefits.platform.security.SecretTokens;

/**
 * Invites a person whose account was just created (or re-sends the invitation): a single-use activation link, valid
 * 7 days by default, and its e-mail, written in the caller's transaction. Employees get the {@code invitation}
 * e-mail leading to the employee portal; HR managers (and staff) get {@code manager-invitation} leading to the
 * administration portal. A new invitation replaces the previous link.
 */
@Singleton
public class InviteUser {

    public static final String EMPLOYEE_TEMPLATE = "invitation";
    public static final String MANAGER_TEMPLATE = "manager-invitation";
    static final String PATH = "/activation";
    static final String PLATFORM_NAME = "OpenBenefits";

    /** How an invitation ended. */
    public sealed interface Result {
    }

    /** The e-mail is on its way; the link works until {@code expiresAt}. */
    public record Invited(Instant expiresAt) implements Result {
    }

    /** The person activated the account already: they sign in, or use "Mot de passe oublié". */
    public record AlreadyActive() implements Result {
    }

    /** The account is deactivated: reactivate it before inviting. */
    public record Deactivated() implements Result {
    }

    /** The person deleted the account: nobody can be invited to it any more. */
    public record Deleted() implements Result {
    }

    private final UserAccounts accounts;
    private final AccountTokens tokens;
    private final Invitations invitations;
    private final Outbox outbox;
    private final PortalLinks links;
    private final Clock clock;
    private final Duration lifetime;
    private final TransactionOperations<Connection> connections;

    InviteUser(UserAccounts accounts, AccountTokens tokens, Invitations invitations, Outbox outbox, PortalLinks links,
               Clock clock, @Value("${platform.security.invitation-lifetime:7d}") Duration lifetime,
               TransactionOperations<Connection> connections) {
        this.connections = connections;
        this.accounts = accounts;
        this.tokens = tokens;
        this.invitations = invitations;
        this.outbox = outbox;
        this.links = links;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /**
     * @param accountId the invited account, which the caller has already found within its own employer
     * @param inviterId the HR manager or staff member sending the invitation; null for the platform itself
     * @throws IllegalArgumentException if the account does not exist, or the inviter belongs to another employer
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Result invite(long accountId, @Nullable Long inviterId) {
        UserAccountRow account = accounts.lockById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        UserAccountRow inviter = inviterId == null ? null : accounts.findById(inviterId)
                .orElseThrow(() -> new IllegalArgumentException("No inviter account " + inviterId));
        if (inviter != null && !inviter.role().isPlatformStaff()
                && !Objects.equals(inviter.employerId(), account.employerId())) {
            throw new IllegalArgumentException("An inviter only invites people of their own employer");
        }
        return switch (account.status()) {
            case ACTIVE -> new AlreadyActive();
            case DEACTIVATED -> new Deactivated();
            case DELETED -> new Deleted();
            case INVITED -> send(account, inviter);
        };
    }

    /**
     * Invites many employees whose INVITED accounts were just created in the caller's transaction (an import):
     * one batched insert of links and one of e-mails, instead of several queries per person.
     *
     * @param employees new EMPLOYEE accounts of the inviter's employer, never invited before
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void inviteNewEmployees(List<UserAccountRow> employees, String employerName) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        String expiresOn = ParisFormats.date(expiresAt);
        List<AccountTokenRow> newLinks = new ArrayList<>(employees.size());
        List<NotificationRequested> mails = new ArrayList<>(employees.size());
        for (UserAccountRow account : employees) {
            if (account.role() != Role.EMPLOYEE || account.status() != UserAccountRow.AccountStatus.INVITED) {
                throw new IllegalArgumentException("Only new invited employees are invited in bulk");
            }
            String token = SecretTokens.newToken();
            newLinks.add(new AccountTokenRow(null, Purpose.INVITATION, SecretTokens.hash(token), account.id(), now,
                    expiresAt, null));
            mails.add(new NotificationRequested(UUID.randomUUID(), account.email(), account.language(),
                    EMPLOYEE_TEMPLATE, Map.of("firstName", account.firstName(), "employerName", employerName,
                            "link", links.withToken(account.role(), PATH, token), "expiresOn", expiresOn)));
        }
        List<Object[]> rows = newLinks.stream().map(link -> new Object[] {link.purpose().name(),
                link.tokenHash(), link.userAccountId(), link.createdAt(), link.expiresAt()}).toList();
        connections.executeWrite(status -> {
            MultiRowInsert.insert(status.getConnection(), "account_token",
                    List.of("purpose", "token_hash", "user_account_id", "created_at", "expires_at"), rows);
            return null;
        });
        outbox.appendAll(mails);
    }

    private Invited send(UserAccountRow account, @Nullable UserAccountRow inviter) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        String token = SecretTokens.newToken();
        tokens.deleteUnused(account.id(), Purpose.INVITATION.name());
        tokens.save(new AccountTokenRow(null, Purpose.INVITATION, SecretTokens.hash(token), account.id(), now,
                expiresAt, null));
        Map<String, String> parameters = new HashMap<>();
        parameters.put("firstName", account.firstName());
        parameters.put("employerName", invitations.employerName(account));
        parameters.put("link", links.withToken(account.role(), PATH, token));
        parameters.put("expiresOn", ParisFormats.date(expiresAt));
        boolean employee = account.role() == Role.EMPLOYEE;
        if (!employee) {
            parameters.put("inviterName", inviter == null ? "L'équipe " + PLATFORM_NAME
                    : inviter.firstName() + " " + inviter.lastName());
        }
        outbox.append(new NotificationRequested(UUID.randomUUID(), account.email(), account.language(),
                employee ? EMPLOYEE_TEMPLATE : MANAGER_TEMPLATE, parameters));
        return new Invited(expiresAt);
    }
}
