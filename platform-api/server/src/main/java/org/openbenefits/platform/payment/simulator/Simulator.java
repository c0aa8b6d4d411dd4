package org.openbenefits.platform.payment.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CardToken;
import org.openbenefits.domain.payment.GatewayAnswer;
import org.openbenefits.domain.payment.IntentChange;
import org.openbenefits.domain.payment.IntentState;
import org.openbenefits.domain.payment.PaymentIntent;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.payment.SimulatedGateway;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.domain.payment.TestCard;
import org.openbenefits.domain.payment.TypedCard;
import org.openbenefits.platform.payment.CardGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in card gateway, a test-mode processor with documented test cards (ADR 0012, DESIGN 3.5): conceptually
 * outside the platform, with tables of its own, its hosted payment and 3-D Secure pages ({@link HostedPageController})
 * and its signed notifications ({@link SimulatorNotifications}). It decides with {@link SimulatedGateway} by the
 * {@link TestCard} kind of the card and moves its own {@link PaymentIntent}. It keeps the kind of card, its token, brand
 * and last four, and the 3-D Secure code it drew; never the number nor the security code.
 */
@Singleton
public class Simulator implements CardGateway {

    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final SimulatorIntents intents;
    private final SimulatorNotifications notifications;
    private final SimulatorSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Simulator(SimulatorIntents intents, SimulatorNotifications notifications, SimulatorSettings settings,
              Clock clock) {
        this.intents = intents;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public HostedIntent create(OrderNumber order, Money amount, URI returnTo, String key) {
        Optional<SimulatedIntent> existing = intents.byKey(key);
        if (existing.isPresent()) {
            PaymentIntentId id = existing.get().intent().id();
            return new HostedIntent(id, settings.payPage(id.value()));
        }
        PaymentIntentId id = PaymentIntentId.of("pi_sim_" + randomText(18));
        PaymentIntent intent = PaymentIntent.create(id, order, amount, clock.instant());
        intents.insert(new SimulatedIntent(intent, Optional.empty(), Optional.empty(), randomText(32), returnTo), key);
        LOG.info("Simulator: intent {} created", id);
        return new HostedIntent(id, settings.payPage(id.value()));
    }

    @Override
    public Optional<StoredCard> confirmedCard(PaymentIntentId intent) {
        return intents.find(intent).flatMap(simulated -> simulated.intent().card());
    }

    @Override
    @Transactional
    public void capture(PaymentIntentId id) {
        SimulatedIntent simulated = locked(id);
        if (simulated.intent().state().isCaptured()) {
            return;
        }
        moveAndNotify(simulated, simulated.intent().capture(clock.instant()), "capture");
    }

    @Override
    @Transactional
    public void cancel(PaymentIntentId id) {
        SimulatedIntent simulated = locked(id);
        IntentState state = simulated.intent().state();
        if (state == IntentState.CANCELLED || state == IntentState.FAILED) {
            return;
        }
        moveAndNotify(simulated, simulated.intent().cancel(clock.instant()), "cancel");
    }

    @Override
    @Transactional
    public void refund(PaymentIntentId id, Money amount, String key) {
        SimulatedIntent simulated = locked(id);
        if (intents.refunded(id, key)) {
            return;
        }
        switch (simulated.intent().refund(amount, clock.instant())) {
            case IntentChange.Moved moved -> {
                intents.update(simulated.with(moved.intent()));
                intents.recordRefund(id, key, amount, clock.instant());
            }
            case IntentChange.Refused refused -> throw new IllegalStateException("The simulator refused the refund of "
                    + id + ": " + refused.refusal().code().code());
        }
    }

    /** The intent as its hosted pages show it. */
    Optional<SimulatedIntent> find(PaymentIntentId id) {
        return intents.find(id);
    }

    /** Whether a form of the intent's hosted pages carries its token (compared in constant time). */
    static boolean formTokenMatches(SimulatedIntent simulated, String sent) {
        return sent != null && MessageDigest.isEqual(simulated.formToken().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The holder typed a checked card on the hosted page of a created intent: authorised, 3-D Secure asked (with a code
     * drawn for the challenge page) or declined, as the test card says. An intent no longer created is left as it is.
     */
    @Transactional
    SimulatedIntent confirm(PaymentIntentId id, TypedCard card) {
        SimulatedIntent simulated = locked(id);
        if (simulated.intent().state() != IntentState.CREATED) {
            return simulated;
        }
        TestCard kind = TestCard.of(card.number());
        GatewayAnswer answer = SimulatedGateway.onConfirm(kind);
        StoredCard stored = card.number().storedAs(new CardToken("tok_sim_" + randomText(18)));
        PaymentIntent moved = moved(simulated.intent().confirm(stored, answer, clock.instant()), "confirm");
        Optional<String> code = answer instanceof GatewayAnswer.ChallengeRequired
                ? Optional.of(String.format("%06d", random.nextInt(1_000_000))) : Optional.empty();
        SimulatedIntent confirmed = new SimulatedIntent(moved, Optional.of(kind), code, simulated.formToken(),
                simulated.returnTo());
        intents.update(confirmed);
        if (moved.state() != IntentState.REQUIRES_ACTION) {
            notifications.queue(moved, clock.instant());
        }
        LOG.info("Simulator: intent {} confirmed with a {} card: {}", id, stored.brand(), moved.state());
        return confirmed;
    }

    /** The holder typed a code on the 3-D Secure page of an intent requiring it; another intent is left as it is. */
    @Transactional
    SimulatedIntent answerChallenge(PaymentIntentId id, String typed) {
        SimulatedIntent simulated = locked(id);
        if (simulated.intent().state() != IntentState.REQUIRES_ACTION) {
            return simulated;
        }
        GatewayAnswer answer = SimulatedGateway.onChallenge(simulated.testCard().orElseThrow(),
                simulated.challengeCode().orElseThrow(), typed);
        PaymentIntent moved = moved(simulated.intent().completeChallenge(answer, clock.instant()), "challenge");
        SimulatedIntent answered = simulated.with(moved);
        intents.update(answered);
        notifications.queue(moved, clock.instant());
        LOG.info("Simulator: 3-D Secure of intent {} answered: {}", id, moved.state());
        return answered;
    }

    private void moveAndNotify(SimulatedIntent simulated, IntentChange change, String action) {
        PaymentIntent moved = moved(change, action);
        intents.update(simulated.with(moved));
        notifications.queue(moved, clock.instant());
    }

    private SimulatedIntent locked(PaymentIntentId id) {
        return intents.lock(id).orElseThrow(() -> new IllegalStateException("The simulator has no intent " + id));
    }

    private static PaymentIntent moved(IntentChange change, String action) {
        return switch (change) {
            case IntentChange.Moved moved -> moved.intent();
            case IntentChange.Refused refused -> throw new IllegalStateException("The simulator refused to " + action
                    + ": " + refused.refusal().code().code() + " " + refused.refusal().parameters());
        };
    }

    private String randomText(int bytes) {
        byte[] drawn = new byte[bytes];
        random.nextBytes(drawn);
        return URL_SAFE.encodeToString(drawn);
    }
}
