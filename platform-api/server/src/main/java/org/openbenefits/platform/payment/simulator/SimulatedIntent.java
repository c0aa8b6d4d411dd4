package org.openbenefits.platform.payment.simulator;

import java.net.URI;
import java.util.Optional;

import org.openbenefits.domain.payment.PaymentIntent;
import org.openbenefits.domain.payment.TestCard;

/**
 * A payment intent as the simulator, the gateway, keeps it: the intent itself (the gateway's side of the same
 * model), the kind of test card confirmed on it and the 3-D Secure code its challenge page shows; never the card
 * number nor the security code.
 *
 * @param intent        the intent, in the gateway's state
 * @param testCard      how the simulator treats the card confirmed on it, once confirmed
 * @param challengeCode the one-time code its challenge page shows, for a card that needs 3-D Secure
 * @param formToken     the token its hosted pages' forms carry (CSRF)
 * @param returnTo      where the platform asked the browser be sent back, and nowhere else
 */
record SimulatedIntent(PaymentIntent intent, Optional<TestCard> testCard, Optional<String> challengeCode,
                       String formToken, URI returnTo) {

    SimulatedIntent with(PaymentIntent moved) {
        return new SimulatedIntent(moved, testCard, challengeCode, formToken, returnTo);
    }

    @Override
    public String toString() {
        return "SimulatedIntent[" + intent.id() + ", " + intent.state() + "]";
    }
}
