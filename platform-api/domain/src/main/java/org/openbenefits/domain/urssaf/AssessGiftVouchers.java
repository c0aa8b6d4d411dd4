package org.openbenefits.domain.urssaf;

import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openbenefits.domain.money.Money;

/**
 * Tells which gift cheques of one employee in one calendar year are exempt from social contributions
 * (docs/domain-rules.md, "URSSAF limits for gift cheques"): all of them while the year's total stays within the
 * threshold; above it, only those tied to a listed event whose total (per child for the children's events) stays within
 * the threshold.
 */
public final class AssessGiftVouchers {

    private final SocialSecurityCeilings ceilings;

    public AssessGiftVouchers(SocialSecurityCeilings ceilings) {
        this.ceilings = Objects.requireNonNull(ceilings, "ceilings");
    }

    public GiftVoucherAssessment assess(Year year, List<GiftVoucher> vouchers) {
        Optional<Money> found = ceilings.giftThreshold(year);
        if (found.isEmpty()) {
            return new GiftVoucherAssessment.YearNotCovered(year);
        }
        Money threshold = found.get();
        requireUniqueIds(vouchers);
        Money yearTotal = vouchers.stream().map(GiftVoucher::amount).reduce(Money.ZERO, Money::plus);
        Map<String, Treatment> treatments = new LinkedHashMap<>();
        if (yearTotal.compareTo(threshold) <= 0) {
            vouchers.forEach(v -> treatments.put(v.id(), Treatment.EXEMPT));
            return new GiftVoucherAssessment.Assessed(year, threshold, treatments);
        }
        Map<EventKey, Money> totalsByEvent = new HashMap<>();
        vouchers.forEach(v -> EventKey.of(v).ifPresent(key -> totalsByEvent.merge(key, v.amount(), Money::plus)));
        for (GiftVoucher voucher : vouchers) {
            boolean exempt = EventKey.of(voucher)
                    .map(key -> totalsByEvent.get(key).compareTo(threshold) <= 0)
                    .orElse(false);
            treatments.put(voucher.id(), exempt ? Treatment.EXEMPT : Treatment.SUBJECT);
        }
        return new GiftVoucherAssessment.Assessed(year, threshold, treatments);
    }

    /** What a per-event ceiling is counted over: the event, and the child for the children's events. */
    private record EventKey(UrssafEvent event, Optional<String> beneficiary) {

        static Optional<EventKey> of(GiftVoucher voucher) {
            return voucher.event().map(event ->
                    new EventKey(event, event.perBeneficiary() ? voucher.beneficiary() : Optional.empty()));
        }
    }

    private static void requireUniqueIds(List<GiftVoucher> vouchers) {
        Set<String> seen = new HashSet<>();
        for (GiftVoucher voucher : vouchers) {
            if (!seen.add(voucher.id())) {
                throw new IllegalArgumentException("Two vouchers share the id " + voucher.id());
            }
        }
    }
}
