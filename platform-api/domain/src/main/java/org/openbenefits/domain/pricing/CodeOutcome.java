package org.openbenefits.domain.pricing;

import java.util.Objects;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.Refusal;

/** What became of the advantage code of a priced cart: none typed, applied, or not applied and why. */
public sealed interface CodeOutcome {

    /** No code was typed. */
    record NoCode() implements CodeOutcome {
    }

    /**
     * The code applies.
     *
     * @param code         the code
     * @param discount     what it takes off the lines (zero for free shipping)
     * @param freeShipping whether it is what makes shipping free
     */
    record Applied(AdvantageCode code, Money discount, boolean freeShipping) implements CodeOutcome {

        public Applied {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(discount, "discount");
        }
    }

    /**
     * The code does not apply; the cart is priced without it.
     *
     * @param typed   the code as typed, normalised
     * @param refusal why, a {@link PricingRefusal}
     */
    record NotApplied(String typed, Refusal refusal) implements CodeOutcome {

        public NotApplied {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
