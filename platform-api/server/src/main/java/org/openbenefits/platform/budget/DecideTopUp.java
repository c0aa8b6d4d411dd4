package org.openbenefits.platform.budget;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.domain.ledger.Posting;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.ledger.EmployerAccounts;
import org.openbenefits.platform.ledger.Ledger;
import org.openbenefits.platform.ledger.Movement;
import org.openbenefits.platform.ledger.MovementKind;
import org.openbenefits.platform.ledger.PostingResult;

/**
 * A platform admin confirms a pending top-up (a TOP_UP movement from the employer's external funding to its budget)
 * or rejects it. The top-up row is locked first, so a top-up is decided once, whoever clicks at the same time.
 */
@Singleton
public class DecideTopUp {

    /** How a decision ended. */
    public sealed interface Outcome {
    }

    public record Decided(TopUpView topUp) implements Outcome {
    }

    public record NotFound() implements Outcome {
    }

    public record AlreadyDecided(TopUpStatus status) implements Outcome {
    }

    private final TopUps topUps;
    private final Ledger ledger;
    private final Audit audit;
    private final Clock clock;

    DecideTopUp(TopUps topUps, Ledger ledger, Audit audit, Clock clock) {
        this.topUps = topUps;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome confirm(long deciderId, long topUpId) {
        Optional<TopUps.Locked> found = topUps.lock(topUpId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        TopUps.Locked topUp = found.get();
        if (topUp.status() != TopUpStatus.PENDING) {
            return new AlreadyDecided(topUp.status());
        }
        EmployerAccounts accounts = ledger.employerAccounts(topUp.employerId());
        PostingResult result = ledger.post(new Movement(topUp.employerId(), MovementKind.TOP_UP, null,
                        topUp.bankReference(), deciderId),
                Posting.transfer(accounts.externalFundingId(), accounts.budgetId(), Money.ofCents(topUp.amountCents())));
        if (!(result instanceof PostingResult.Posted posted)) {
            throw new IllegalStateException("External funding never refuses a top-up: " + result);
        }
        Instant now = clock.instant();
        topUps.decide(topUpId, TopUpStatus.CONFIRMED, deciderId, now, posted.movementId());
        audit.record(deciderId, topUp.employerId(), AuditAction.TOP_UP_CONFIRMED, "top-up:" + topUpId,
                Money.ofCents(topUp.amountCents()).format() + " (" + topUp.bankReference() + ")");
        return new Decided(topUps.find(topUpId).orElseThrow());
    }

    @Transactional
    public Outcome reject(long deciderId, long topUpId) {
        Optional<TopUps.Locked> found = topUps.lock(topUpId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        TopUps.Locked topUp = found.get();
        if (topUp.status() != TopUpStatus.PENDING) {
            return new AlreadyDecided(topUp.status());
        }
        topUps.decide(topUpId, TopUpStatus.REJECTED, deciderId, clock.instant(), null);
        audit.record(deciderId, topUp.employerId(), AuditAction.TOP_UP_REJECTED, "top-up:" + topUpId,
                Money.ofCents(topUp.amountCents()).format() + " (" + topUp.bankReference() + ")");
        return new Decided(topUps.find(topUpId).orElseThrow());
    }
}
