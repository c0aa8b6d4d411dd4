package org.openbenefits.domain.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The decisions of the built-in simulator, a test-mode gateway with documented test cards ({@link TestCard},
 * ADR 0012): what it answers when a card is confirmed, and when the holder types a code on its 3-D Secure page. The
 * simulator's adapter keeps, per intent, the {@link TestCard} and the code it showed (never the number), draws that
 * code at random, and applies these answers to the {@link PaymentIntent}.
 */
public final class SimulatedGateway {

    private SimulatedGateway() {
    }

    /** The answer to confirming a card of this kind. */
    public static GatewayAnswer onConfirm(TestCard card) {
        return switch (card) {
            case SUCCEEDS -> new GatewayAnswer.Authorised();
            case CHALLENGE_THEN_SUCCEEDS, CHALLENGE_THEN_DECLINED -> new GatewayAnswer.ChallengeRequired();
            case DECLINED -> new GatewayAnswer.Declined(DeclineReason.CARD_DECLINED);
            case INSUFFICIENT_FUNDS -> new GatewayAnswer.Declined(DeclineReason.INSUFFICIENT_FUNDS);
        };
    }

    /**
     * The answer once the holder typed a code on the challenge page: the wrong code fails authentication; the right
     * one authorises, except for the card declined after 3-D Secure.
     *
     * @param shown the code the challenge page showed
     * @param typed what the holder typed, spaces around allowed
     */
    public static GatewayAnswer onChallenge(TestCard card, String shown, String typed) {
        Objects.requireNonNull(shown, "shown");
        if (card != TestCard.CHALLENGE_THEN_SUCCEEDS && card != TestCard.CHALLENGE_THEN_DECLINED) {
            throw new IllegalArgumentException("No challenge for a card that needs none: " + card);
        }
        boolean right = typed != null && MessageDigest.isEqual(shown.getBytes(StandardCharsets.UTF_8),
                typed.strip().getBytes(StandardCharsets.UTF_8));
        if (!right) {
            return new GatewayAnswer.Declined(DeclineReason.AUTHENTICATION_FAILED);
        }
        return card == TestCard.CHALLENGE_THEN_SUCCEEDS ? new GatewayAnswer.Authorised()
                : new GatewayAnswer.Declined(DeclineReason.DECLINED_AFTER_AUTHENTICATION);
    }
}
