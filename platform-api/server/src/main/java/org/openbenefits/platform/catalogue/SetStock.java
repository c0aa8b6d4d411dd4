package org.openbenefits.platform.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;

/** A platform admin sets how many units of an offer with a counted stock are left to sell. */
@Singleton
public class SetStock {

    static final long MAX_COUNT = 1_000_000L;

    /** How setting the stock ended. */
    public sealed interface Outcome {
    }

    public record Set(long offerId) implements Outcome {
    }

    /** Refused: nothing was written. */
    public sealed interface NotSet extends Outcome {

        Refusal refusal();
    }

    /** No such offer: {@code resource.not-found}. */
    public record NotFound() implements NotSet {

        @Override
        public Refusal refusal() {
            return Refusal.of(GeneralRefusal.NOT_FOUND);
        }
    }

    /** The offer's stock is its e-ticket codes: {@code offer.stock-is-codes}. */
    public record StockIsCodes() implements NotSet {

        @Override
        public Refusal refusal() {
            return Refusal.of(CatalogueRefusal.STOCK_IS_CODES);
        }
    }

    private final Offers offers;
    private final Audit audit;
    private final Clock clock;

    SetStock(Offers offers, Audit audit, Clock clock) {
        this.offers = offers;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws Refused {@code request.invalid} for a count missing (null), below 0 or above 1,000,000 */
    @Transactional
    public Outcome set(long adminId, long offerId, Long count) {
        if (count == null) {
            throw Refusal.invalid(List.of(FieldRefusal.of("count", FieldCode.REQUIRED))).toException();
        }
        if (count < 0 || count > MAX_COUNT) {
            throw Refusal.invalid(List.of(FieldRefusal.of("count", FieldCode.OUT_OF_RANGE, "min", 0L,
                    "max", MAX_COUNT))).toException();
        }
        Optional<Offers.Locked> found = offers.lock(offerId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (found.get().stockKind() == StockKind.CODES) {
            return new StockIsCodes();
        }
        offers.setCount(offerId, count, clock.instant());
        audit.record(adminId, null, AuditAction.OFFER_STOCK_SET, "offer:" + offerId, Long.toString(count));
        return new Set(offerId);
    }
}
