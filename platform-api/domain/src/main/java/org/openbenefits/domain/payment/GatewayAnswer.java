package org.openbenefits.domain.payment;

import java.util.Objects;

/** What the gateway answers when a card is confirmed on an intent, or after its 3-D Secure challenge. */
public sealed interface GatewayAnswer {

    /** The bank authorised the amount; it is held on the card until captured or cancelled. */
    record Authorised() implements GatewayAnswer {
    }

    /** The bank asks the holder to pass 3-D Secure (a one-time code page) before it decides. */
    record ChallengeRequired() implements GatewayAnswer {
    }

    /** The bank declined the card, for this reason. */
    record Declined(DeclineReason reason) implements GatewayAnswer {

        public Declined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
