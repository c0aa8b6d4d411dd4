package org.openbenefits.platform.order;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.platform.payment.CardPayments;

/**
 * A card gateway the cancellation tests drive: it starts intents (the same key, the same intent), takes captures, and
 * records every refund asked, with its key, as the real gateway refunds once per key: {@link #refunded} is what the
 * gateway really gave back. It can be made unreachable for refunds. Only where asked ({@code test.card-payments=
 * recording}).
 */
@Singleton
@Replaces(CardPayments.class)
@Requires(property = "test.card-payments", value = "recording")
public class RecordingCardPayments implements CardPayments {

    /** A refund asked. */
    public record RefundAsked(PaymentIntentId intent, Money amount, String key) {
    }

    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, PaymentIntentId> byKey = new ConcurrentHashMap<>();
    private final List<PaymentIntentId> captured = new CopyOnWriteArrayList<>();
    private final List<RefundAsked> asked = new CopyOnWriteArrayList<>();
    private final Map<String, RefundAsked> refundedByKey = new ConcurrentHashMap<>();
    private volatile boolean refundsUnreachable;

    @Override
    public StartedPayment start(PaymentRequest request) {
        PaymentIntentId intent = byKey.computeIfAbsent(request.key(),
                key -> PaymentIntentId.of("pi_cancel_" + sequence.incrementAndGet()));
        return new StartedPayment(intent, URI.create("http://127.0.0.1:9/simulateur/paiement/" + intent.value()));
    }

    @Override
    public void capture(PaymentIntentId intent) {
        if (!captured.contains(intent)) {
            captured.add(intent);
        }
    }

    @Override
    public void cancel(PaymentIntentId intent) {
    }

    @Override
    public void refund(PaymentIntentId intent, Money amount, String key) {
        if (refundsUnreachable) {
            throw new IllegalStateException("The test gateway is unreachable");
        }
        if (!captured.contains(intent)) {
            throw new IllegalStateException("Intent " + intent + " was not captured");
        }
        RefundAsked refund = new RefundAsked(intent, amount, key);
        asked.add(refund);
        refundedByKey.putIfAbsent(key, refund);
    }

    public static PaymentIntentId intentOf(String paymentUrl) {
        return PaymentIntentId.of(paymentUrl.substring(paymentUrl.lastIndexOf('/') + 1));
    }

    /** The refunds the gateway gave, once per key, for this intent. */
    public List<RefundAsked> refunded(PaymentIntentId intent) {
        return refundedByKey.values().stream().filter(refund -> refund.intent().equals(intent)).toList();
    }

    /** Every refund asked for this intent, repeats included. */
    public List<RefundAsked> asked(PaymentIntentId intent) {
        return new ArrayList<>(asked.stream().filter(refund -> refund.intent().equals(intent)).toList());
    }

    public void refundsUnreachable(boolean unreachable) {
        this.refundsUnreachable = unreachable;
    }
}
