package org.openbenefits.platform.catalogue;

import java.time.Clock;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;

/**
 * A platform admin shows an offer in the employees' catalogue, or takes it out. Doing it twice changes nothing and
 * records nothing the second time.
 */
@Singleton
public class PublishOffer {

    /** How a change of publication ended. */
    public sealed interface Outcome {
    }

    public record Done(long offerId, boolean published) implements Outcome {
    }

    /** No such offer: {@code resource.not-found}. */
    public record NotFound() implements Outcome {

        public Refusal refusal() {
            return Refusal.of(GeneralRefusal.NOT_FOUND);
        }
    }

    private final Offers offers;
    private final Audit audit;
    private final Clock clock;

    PublishOffer(Offers offers, Audit audit, Clock clock) {
        this.offers = offers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome publish(long adminId, long offerId, boolean published) {
        Optional<Offers.Locked> found = offers.lock(offerId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (found.get().published() != published) {
            offers.publish(offerId, published, clock.instant());
            audit.record(adminId, null, published ? AuditAction.OFFER_PUBLISHED : AuditAction.OFFER_UNPUBLISHED,
                    "offer:" + offerId, null);
        }
        return new Done(offerId, published);
    }
}
