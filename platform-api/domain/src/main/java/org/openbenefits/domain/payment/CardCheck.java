package org.openbenefits.domain.payment;

import java.util.Objects;
import org.openbenefits.domain.refusal.Refusal;

/** The outcome of checking a typed card: every field right, or the fields at fault, each with its code. */
public sealed interface CardCheck {

    /** Every field is right; the card may go to the gateway. */
    record Accepted(TypedCard card) implements CardCheck {

        public Accepted {
            Objects.requireNonNull(card, "card");
        }
    }

    /**
     * Some fields are at fault.
     *
     * @param refusal {@code request.invalid} naming each field at fault ({@code cardNumber}, {@code expiry},
     *                {@code securityCode}, {@code brand}) with its own {@code card.*} or {@code field.required} code
     */
    record Rejected(Refusal refusal) implements CardCheck {

        public Rejected {
            Objects.requireNonNull(refusal, "refusal");
        }
    }
}
