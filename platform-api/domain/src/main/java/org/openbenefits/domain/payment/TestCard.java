package org.openbenefits.domain.payment;

/**
 * How the built-in simulator treats a card, by its number (DESIGN 3.5, the documented test cards). A real processor's
 * test mode documents the same kind of list; any valid card that is not listed succeeds.
 */
public enum TestCard {
    /** {@code 4242 4242 4242 4242}, and any valid card not listed: authorised at once. */
    SUCCEEDS("4242424242424242"),
    /** {@code 4000 0027 6000 3184}: 3-D Secure first, then authorised with the code shown on the challenge page. */
    CHALLENGE_THEN_SUCCEEDS("4000002760003184"),
    /** {@code 4000 0084 0000 1629}: 3-D Secure first, then declined even with the right code. */
    CHALLENGE_THEN_DECLINED("4000008400001629"),
    /** {@code 4000 0000 0000 0002}: declined. */
    DECLINED("4000000000000002"),
    /** {@code 4000 0000 0000 9995}: insufficient funds. */
    INSUFFICIENT_FUNDS("4000000000009995");

    private final String digits;

    TestCard(String digits) {
        this.digits = digits;
    }

    /** The documented number, grouped by four as printed. */
    public String number() {
        return digits.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** What the simulator does with this card: the listed behaviour, or {@link #SUCCEEDS} for any other. */
    public static TestCard of(CardNumber number) {
        for (TestCard card : values()) {
            if (number.is(card.digits)) {
                return card;
            }
        }
        return SUCCEEDS;
    }
}
