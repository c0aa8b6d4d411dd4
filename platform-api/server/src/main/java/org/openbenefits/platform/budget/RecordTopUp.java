package org.openbenefits.platform.budget;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.allowance.TopUpRequest;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.ProblemException;

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
     * @throws ProblemException 400 VALIDATION_FAILED for a zero or negative amount, one over 10,000,000 EUR, or a
     *                          missing reference
     */
    @Transactional
    public TopUpView record(CurrentUser hr, TopUpRequest request) {
        long employerId = hr.requireEmployerId();
        String reference = request.bankReference() == null ? "" : request.bankReference().strip();
        List<FieldError> errors = new ArrayList<>();
        if (request.amountCents() <= 0) {
            errors.add(new FieldError("amountCents", "Indiquez le montant du virement, supérieur à zéro."));
        } else if (request.amountCents() > MAX_AMOUNT_CENTS) {
            errors.add(new FieldError("amountCents", "Un virement est limité à "
                    + Money.ofCents(MAX_AMOUNT_CENTS).format() + " : pour un montant plus élevé, enregistrez "
                    + "plusieurs virements."));
        }
        if (reference.isEmpty()) {
            errors.add(new FieldError("bankReference",
                    "Indiquez la référence du virement telle qu'elle figure sur votre relevé bancaire."));
        } else if (reference.length() > REFERENCE_LENGTH) {
            errors.add(new FieldError("bankReference", "La référence compte au plus 80 caractères."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long id = topUps.insert(employerId, request.amountCents(), reference, hr.id(), clock.instant());
        audit.record(hr.id(), employerId, AuditAction.TOP_UP_RECORDED, "top-up:" + id,
                Money.ofCents(request.amountCents()).format() + " (" + reference + ")");
        if (confirmAtOnce && decide.confirm(hr.id(), id) instanceof DecideTopUp.Decided decided) {
            return decided.topUp();
        }
        return topUps.find(id).orElseThrow();
    }
}
