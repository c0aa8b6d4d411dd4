package org.openbenefits.domain.pricing;

import java.util.Objects;
import org.openbenefits.domain.refusal.Refusal;

/** Whether an advantage code typed in the cart may be used by this employee on this day ({@link CheckAdvantageCode}). */
public sealed interface CodeCheck {

    /** The code as typed, normalised. */
    String typed();

    /**
     * The code exists for the employee's employer, is valid on the day and has uses left: the cart decides the rest.
     *
     * @param code the code found
     */
    record Usable(AdvantageCode code) implements CodeCheck {

        public Usable {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String typed() {
            return code.code();
        }
    }

    /**
     * The code cannot be used, whatever the cart.
     *
     * @param typed   the code as typed, normalised
     * @param refusal why, a {@link PricingRefusal}
     */
    record Unusable(String typed, Refusal refusal) implements CodeCheck {

        public Unusable {
            Objects.requireNonNull(typed, "typed");
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
