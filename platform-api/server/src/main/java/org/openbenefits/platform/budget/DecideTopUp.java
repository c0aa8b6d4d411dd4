package org.openbenefits.platform.budget;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.allowance.AllowanceRefusal;
import org.openbenefits.domain.ledger.Posting;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
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

    /** The top-up is decided: CONFIRMED or REJECTED. */
    public record Decided(long topUpId, TopUpStatus status) implements Outcome {
    }

    /** A decision refused: nothing was written. */
    public sealed interface NotDecided extends Outcome {

        /** The refusal, as every edge gives it. */
        Refusal refusal();
    }

    /** No such top-up: {@code resource.not-found}. */
    public record NotFound() implements NotDecided {

        @Override
        public Refusal refusal() {
            return Refusal.of(GeneralRefusal.NOT_FOUND);
        }
    }

    /** Confirmed or rejected already: {@code top-up.already-decided}. */
    public record AlreadyDecided(TopUpStatus status) implements NotDecided {

        @Override
        public Refusal refusal() {
            return Refusal.of(AllowanceRefusal.TOP_UP_ALREADY_DECIDED);
        }
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
        return new Decided(topUpId, TopUpStatus.CONFIRMED);
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
        return new Decided(topUpId, TopUpStatus.REJECTED);
    }
}
