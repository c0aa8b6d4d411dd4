package org.openbenefits.platform.catalogue;

import java.time.Clock;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;

/**
 * A platform admin replaces an offer's fields and its employer restriction; its publication and stock stay. Prices
 * change for the next carts: an order keeps the prices it was paid at.
 */
@Singleton
public class EditOffer {

    /** How an edit ended. */
    public sealed interface Outcome {
    }

    public record Edited(long offerId) implements Outcome {
    }

    /** No such offer: {@code resource.not-found}. */
    public record NotFound() implements Outcome {

        public Refusal refusal() {
            return Refusal.of(GeneralRefusal.NOT_FOUND);
        }
    }

    private final OfferChecks checks;
    private final Offers offers;
    private final Audit audit;
    private final Clock clock;

    EditOffer(OfferChecks checks, Offers offers, Audit audit, Clock clock) {
        this.checks = checks;
        this.offers = offers;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws Refused {@code request.invalid} with every field at fault */
    @Transactional
    public Outcome edit(long adminId, long offerId, OfferDraft draft) {
        if (offers.lock(offerId).isEmpty()) {
            return new NotFound();
        }
        OfferFields fields = checks.check(draft);
        offers.update(offerId, fields, clock.instant());
        audit.record(adminId, null, AuditAction.OFFER_EDITED, "offer:" + offerId, fields.title());
        return new Edited(offerId);
    }
}
