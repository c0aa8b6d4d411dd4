package org.openbenefits.platform.checkout;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.platform.payment.CardPayments;

/**
 * A card gateway the checkout tests drive: it starts intents (the same key gives the same intent, as the real one
 * does), records captures and cancellations, can be made unreachable, and can hold a start until released. Outcomes
 * are published by the test as {@code CardPaymentSettled} events, as the real gateway's notifications do. Only in the
 * contexts that ask for it ({@code test.card-payments=fake}).
 */
@Singleton
@Replaces(CardPayments.class)
@Requires(property = "test.card-payments", value = "fake")
public class FakeCardPayments implements CardPayments {

    /** An intent as started. */
    public record Intent(PaymentIntentId id, long orderId, Money amount, String key) {
    }

    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, Intent> byKey = new ConcurrentHashMap<>();
    private final Map<PaymentIntentId, Intent> byId = new ConcurrentHashMap<>();
    private final List<PaymentIntentId> captured = new CopyOnWriteArrayList<>();
    private final List<PaymentIntentId> cancelled = new CopyOnWriteArrayList<>();
    private volatile boolean unreachable;
    private volatile CountDownLatch startGate;

    @Override
    public StartedPayment start(PaymentRequest request) {
        CountDownLatch gate = startGate;
        if (gate != null) {
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (unreachable) {
            throw new IllegalStateException("The fake gateway is unreachable");
        }
        Intent intent = byKey.computeIfAbsent(request.key(), key -> new Intent(
                PaymentIntentId.of("pi_test_" + sequence.incrementAndGet()), request.orderId(), request.amount(), key));
        byId.put(intent.id(), intent);
        return new StartedPayment(intent.id(), URI.create("http://127.0.0.1:9/simulateur/paiement/" + intent.id()));
    }

    @Override
    public void capture(PaymentIntentId intent) {
        if (!byId.containsKey(intent)) {
            throw new IllegalArgumentException("No intent " + intent);
        }
        if (!captured.contains(intent)) {
            captured.add(intent);
        }
    }

    @Override
    public void cancel(PaymentIntentId intent) {
        cancelled.add(intent);
    }

    @Override
    public void refund(PaymentIntentId intent, Money amount, String key) {
        throw new UnsupportedOperationException("Checkout does not refund");
    }

    public Intent intent(PaymentIntentId id) {
        return byId.get(id);
    }

    public Intent intentOf(String paymentUrl) {
        return byId.get(PaymentIntentId.of(paymentUrl.substring(paymentUrl.lastIndexOf('/') + 1)));
    }

    public List<PaymentIntentId> captured() {
        return new ArrayList<>(captured);
    }

    public List<PaymentIntentId> cancelled() {
        return new ArrayList<>(cancelled);
    }

    /** What was captured in all. */
    public Money capturedAmount() {
        return captured.stream().map(id -> byId.get(id).amount()).reduce(Money.ZERO, Money::plus);
    }

    public void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    /** Holds every start until the latch opens. */
    public void holdStarts(CountDownLatch gate) {
        this.startGate = gate;
    }
}
