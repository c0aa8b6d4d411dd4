package org.openbenefits.domain.pricing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openbenefits.domain.refusal.Refusal;

/**
 * Tells whether an employee may use the advantage code they typed on a given day, before the cart is looked at
 * (docs/domain-rules.md, "Pricing"): the code must exist for their employer, be within its validity (both days
 * included) and have uses left, in all and for them. The cart's own conditions (categories, minimum, a postal line) are
 * {@link PriceCart}'s.
 */
public final class CheckAdvantageCode {

    private CheckAdvantageCode() {
    }

    /**
     * @param typed    what the employee typed, in any case, spaces around allowed
     * @param found    the code stored under {@code AdvantageCode.normalise(typed)}, if any
     * @param employer the employee's employer
     * @param on       the business day of the checkout (Europe/Paris)
     * @param uses     the orders that used the code so far
     */
    public static CodeCheck check(String typed, Optional<AdvantageCode> found, long employer, LocalDate on,
            CodeUses uses) {
        String normalised = AdvantageCode.normalise(typed);
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(uses, "uses");
        if (found.isEmpty() || found.get().employer().stream().anyMatch(only -> only != employer)) {
            return unusable(normalised, Refusal.of(PricingRefusal.UNKNOWN, "code", normalised));
        }
        AdvantageCode code = found.get();
        if (!code.code().equals(normalised)) {
            throw new IllegalArgumentException("The code found is not the one typed: " + code.code());
        }
        if (code.validFrom().isPresent() && on.isBefore(code.validFrom().get())) {
            return unusable(normalised,
                    Refusal.of(PricingRefusal.NOT_YET_VALID, "code", normalised, "validFrom", code.validFrom().get()));
        }
        if (code.expires().isPresent() && on.isAfter(code.expires().get())) {
            return unusable(normalised,
                    Refusal.of(PricingRefusal.EXPIRED, "code", normalised, "expires", code.expires().get()));
        }
        // The employee's own limit first: saying they used it already tells them more than "exhausted".
        if (code.perEmployeeLimit().isPresent() && uses.byEmployee() >= code.perEmployeeLimit().getAsInt()) {
            return unusable(normalised, Refusal.of(PricingRefusal.ALREADY_USED, "code", normalised,
                    "limit", code.perEmployeeLimit().getAsInt()));
        }
        if (code.totalLimit().isPresent() && uses.total() >= code.totalLimit().getAsInt()) {
            return unusable(normalised, Refusal.of(PricingRefusal.EXHAUSTED, "code", normalised));
        }
        return new CodeCheck.Usable(code);
    }

    private static CodeCheck unusable(String typed, Refusal refusal) {
        return new CodeCheck.Unusable(typed, refusal);
    }
}
