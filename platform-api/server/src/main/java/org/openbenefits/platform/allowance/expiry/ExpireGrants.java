package org.openbenefits.platform.allowance.expiry;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.platform.allowance.EndGrant;
import org.openbenefits.platform.allowance.GrantStatus;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.notification.ParisFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expires every ACTIVE grant whose last valid day is before today (Paris): status EXPIRED and an EXPIRY movement
 * returning its unspent balance to the employer budget, one grant per transaction. Idempotent and safe with several
 * instances: each grant is locked and checked again before it changes, so a grant another instance has just expired
 * is left alone.
 */
@Singleton
public class ExpireGrants {

    private static final Logger LOG = LoggerFactory.getLogger(ExpireGrants.class);
    private static final int BATCH = 500;

    private final Jdbc jdbc;
    private final EndGrant endGrant;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ExpireGrants(Jdbc jdbc, EndGrant endGrant, TransactionOperations<Connection> transactions, Clock clock) {
        this.jdbc = jdbc;
        this.endGrant = endGrant;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many grants this call expired */
    public int expireDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ParisFormats.PARIS);
        int expired = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> due = transactions.executeRead(status -> jdbc.list("""
                    SELECT id FROM allowance_grant WHERE status = 'ACTIVE' AND expires_on < ? AND id > ?
                    ORDER BY id LIMIT \s""" + BATCH, row -> row.getLong(1), today, from));
            if (due.isEmpty()) {
                return expired;
            }
            for (long grantId : due) {
                try {
                    if (transactions.executeWrite(status -> expire(grantId, today))) {
                        expired++;
                    }
                } catch (RuntimeException e) {
                    LOG.error("Grant {} could not be expired; the next run tries again", grantId, e);
                }
            }
            after = due.getLast();
        }
    }

    private boolean expire(long grantId, LocalDate today) {
        Optional<EndGrant.LockedGrant> grant = endGrant.lock(grantId, null);
        if (grant.isEmpty() || grant.get().status() != GrantStatus.ACTIVE
                || !grant.get().expiresOn().isBefore(today)) {
            return false;
        }
        endGrant.end(grant.get(), GrantStatus.EXPIRED, null);
        return true;
    }
}
