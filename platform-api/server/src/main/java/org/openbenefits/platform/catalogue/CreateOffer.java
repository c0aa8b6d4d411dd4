package org.openbenefits.platform.catalogue;

import java.time.Clock;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;

/** A platform admin creates an offer: unpublished, with a counted stock of 0, until they publish it and stock it. */
@Singleton
public class CreateOffer {

    private final OfferChecks checks;
    private final Offers offers;
    private final Audit audit;
    private final Clock clock;

    CreateOffer(OfferChecks checks, Offers offers, Audit audit, Clock clock) {
        this.checks = checks;
        this.offers = offers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @return the new offer's id
     * @throws Refused {@code request.invalid} with every field at fault
     */
    @Transactional
    public long create(long adminId, OfferDraft draft) {
        OfferFields fields = checks.check(draft);
        long id = offers.insert(fields, adminId, clock.instant());
        audit.record(adminId, null, AuditAction.OFFER_CREATED, "offer:" + id, fields.title());
        return id;
    }
}
