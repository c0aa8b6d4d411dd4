package org.openbenefits.platform.audit;

import java.time.Clock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.Role;

/**
 * Writes the audit log, in the transaction of the action it records: the entry exists if and only if the action
 * happened. Details are short French sentences or identifiers; never a password, a token or a link holding one.
 */
@Singleton
public class Audit {

    private final AuditEntries entries;
    private final Clock clock;

    Audit(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** How entries name a person as their target: {@code employee:42}, {@code manager:7}, {@code staff:3}. */
    public static String personTarget(Role role, long accountId) {
        return switch (role) {
            case EMPLOYEE -> "employee:" + accountId;
            case HR_MANAGER -> "manager:" + accountId;
            case SUPPORT_AGENT, PLATFORM_ADMIN -> "staff:" + accountId;
        };
    }

    /**
     * @param actorId    the account that acted; null for the platform itself
     * @param employerId the employer whose data the action touched; null for platform-wide actions
     * @param target     what was acted on, e.g. {@code employee:42}
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(@Nullable Long actorId, @Nullable Long employerId, AuditAction action, @Nullable String target,
                       @Nullable String details) {
        entries.save(new AuditEntryRow(null, clock.instant(), actorId, employerId, action, target,
                details == null || details.length() <= 2000 ? details : details.substring(0, 2000)));
    }
}
