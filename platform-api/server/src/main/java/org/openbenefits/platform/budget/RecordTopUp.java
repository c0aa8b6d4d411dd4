package org.openbenefits.platform.budget;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.allowance.AllowanceRefusal;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.security.CurrentUser;

/**
 * HR records a bank transfer made to fund the budget. It waits for a platform admin, unless
 * {@code platform.budget.confirm-top-ups-at-once} is on (the local demo platform), when it is confirmed in the same
 * transaction on the HR manager's behalf.
 */
@Singleton
public class RecordTopUp {

    static final int REFERENCE_LENGTH = 80;
    /** The largest transfer recorded at once: 10,000,000 EUR. */
    static final long MAX_AMOUNT_CENTS = 1_000_000_000L;

    /** The top-up recorded, PENDING or, when the platform confirms top-ups at once, CONFIRMED. */
    public record Recorded(long topUpId, TopUpStatus status) {
    }

    private final TopUps topUps;
    private final DecideTopUp decide;
    private final Audit audit;
    private final Clock clock;
    private final boolean confirmAtOnce;

    RecordTopUp(TopUps topUps, DecideTopUp decide, Audit audit, Clock clock,
                @Value("${platform.budget.confirm-top-ups-at-once:false}") boolean confirmAtOnce) {
        this.topUps = topUps;
        this.decide = decide;
        this.audit = audit;
        this.clock = clock;
        this.confirmAtOnce = confirmAtOnce;
    }

    /**
     * @throws Refused {@code request.invalid} for a zero or negative amount, one over 10,000,000 EUR
     *                 ({@code top-up.amount-too-large}), or a missing or too long reference
     */
    @Transactional
    public Recorded record(CurrentUser hr, BankTransfer transfer) {
        long employerId = hr.requireEmployerId();
        String reference = transfer.bankReference() == null ? "" : transfer.bankReference().strip();
        List<FieldRefusal> errors = new ArrayList<>();
        if (transfer.amountCents() <= 0) {
            errors.add(FieldRefusal.of("amountCents", FieldCode.NOT_POSITIVE));
        } else if (transfer.amountCents() > MAX_AMOUNT_CENTS) {
            errors.add(FieldRefusal.of("amountCents", AllowanceRefusal.TOP_UP_AMOUNT_TOO_LARGE,
                    "max", Money.ofCents(MAX_AMOUNT_CENTS)));
        }
        if (reference.isEmpty()) {
            errors.add(FieldRefusal.of("bankReference", FieldCode.REQUIRED));
        } else if (reference.length() > REFERENCE_LENGTH) {
            errors.add(FieldRefusal.of("bankReference", FieldCode.TOO_LONG, "max", (long) REFERENCE_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors).toException();
        }
        long id = topUps.insert(employerId, transfer.amountCents(), reference, hr.id(), clock.instant());
        audit.record(hr.id(), employerId, AuditAction.TOP_UP_RECORDED, "top-up:" + id,
                Money.ofCents(transfer.amountCents()).format() + " (" + reference + ")");
        if (confirmAtOnce && decide.confirm(hr.id(), id) instanceof DecideTopUp.Decided decided) {
            return new Recorded(id, decided.status());
        }
        return new Recorded(id, TopUpStatus.PENDING);
    }
}
