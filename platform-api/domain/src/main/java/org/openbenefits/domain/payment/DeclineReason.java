package org.openbenefits.domain.payment;

/** Why the gateway did not authorise a card, each with the stable code the employee is answered with. */
public enum DeclineReason {
    /** The bank declined the card, without saying more. */
    CARD_DECLINED(PaymentRefusal.CARD_DECLINED),
    /** Not enough money on the account. */
    INSUFFICIENT_FUNDS(PaymentRefusal.INSUFFICIENT_FUNDS),
    /** The wrong code was typed on the 3-D Secure page. */
    AUTHENTICATION_FAILED(PaymentRefusal.AUTHENTICATION_FAILED),
    /** 3-D Secure passed, then the bank declined the card. */
    DECLINED_AFTER_AUTHENTICATION(PaymentRefusal.DECLINED_AFTER_AUTHENTICATION);

    private final PaymentRefusal code;

    DeclineReason(PaymentRefusal code) {
        this.code = code;
    }

    /** The refusal code of this reason; its one parameter is {@code attemptsLeft}. */
    public PaymentRefusal code() {
        return code;
    }
}
