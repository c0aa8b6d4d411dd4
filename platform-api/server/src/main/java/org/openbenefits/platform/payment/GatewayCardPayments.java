package org.openbenefits.platform.payment;

import java.time.Clock;
import java.util.Objects;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.payment.IntentChange;
import org.openbenefits.domain.payment.IntentState;
import org.openbenefits.domain.payment.PaymentIntent;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Card payments through the {@link CardGateway} (the built-in simulator): each move is made on the platform's
 * {@link PaymentIntent} first, which refuses what its state does not allow ({@code payment.transition-not-allowed},
 * {@code payment.refund-exceeds-captured}, thrown as {@code Refused}); then at the gateway; then stored, in one
 * transaction. Repeating a capture, a cancellation or a refund of the same key changes nothing, so that a retrying
 * job may call them again.
 */
@Singleton
class GatewayCardPayments implements CardPayments {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayCardPayments.class);

    private final CardGateway gateway;
    private final PaymentIntents intents;
    private final Clock clock;

    GatewayCardPayments(CardGateway gateway, PaymentIntents intents, Clock clock) {
        this.gateway = gateway;
        this.intents = intents;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StartedPayment start(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        if (!request.amount().isPositive()) {
            throw new IllegalArgumentException("A card payment asks a positive amount");
        }
        String scheme = request.returnTo().getScheme();
        if (!request.returnTo().isAbsolute() || !("https".equals(scheme) || "http".equals(scheme))
                || request.returnTo().getHost() == null) {
            throw new IllegalArgumentException("A card payment returns to an absolute http(s) address");
        }
        if (request.key() == null || request.key().isBlank() || request.key().length() > 255) {
            throw new IllegalArgumentException("A card payment has a key of 1 to 255 characters");
        }
        var existing = intents.byKey(request.key());
        if (existing.isPresent()) {
            return new StartedPayment(existing.get().intent().id(), existing.get().hostedPage());
        }
        CardGateway.HostedIntent hosted = gateway.create(request.order(), request.amount(), request.returnTo(),
                request.key());
        PaymentIntent intent = PaymentIntent.create(hosted.id(), request.order(), request.amount(), clock.instant());
        intents.insert(intent, request.orderId(), request.key(), hosted.hostedPage());
        LOG.info("Card payment {} started for order id {}", hosted.id(), request.orderId());
        return new StartedPayment(hosted.id(), hosted.hostedPage());
    }

    @Override
    @Transactional
    public void capture(PaymentIntentId id) {
        PaymentIntent intent = locked(id);
        if (intent.state().isCaptured()) {
            return;
        }
        PaymentIntent captured = moved(intent.capture(clock.instant()));
        gateway.capture(id);
        intents.update(captured);
        LOG.info("Card payment {} captured", id);
    }

    @Override
    @Transactional
    public void cancel(PaymentIntentId id) {
        PaymentIntent intent = locked(id);
        if (intent.state() == IntentState.CANCELLED || intent.state() == IntentState.FAILED) {
            return;
        }
        PaymentIntent cancelled = moved(intent.cancel(clock.instant()));
        gateway.cancel(id);
        intents.update(cancelled);
        LOG.info("Card payment {} cancelled", id);
    }

    @Override
    @Transactional
    public void refund(PaymentIntentId id, Money amount, String key) {
        Objects.requireNonNull(amount, "amount");
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new IllegalArgumentException("A refund has a key of 1 to 255 characters");
        }
        PaymentIntent intent = locked(id);
        if (intents.refunded(id, key)) {
            return;
        }
        PaymentIntent refunded = moved(intent.refund(amount, clock.instant()));
        gateway.refund(id, amount, key);
        intents.update(refunded);
        intents.recordRefund(id, key, amount, clock.instant());
        LOG.info("Card payment {} refunded in part or whole", id);
    }

    private PaymentIntent locked(PaymentIntentId id) {
        return intents.lock(id).map(PaymentIntents.Stored::intent)
                .orElseThrow(() -> Refusal.of(GeneralRefusal.NOT_FOUND).toException());
    }

    private static PaymentIntent moved(IntentChange change) {
        return switch (change) {
            case IntentChange.Moved moved -> moved.intent();
            case IntentChange.Refused refused -> throw refused.refusal().toException();
        };
    }
}
