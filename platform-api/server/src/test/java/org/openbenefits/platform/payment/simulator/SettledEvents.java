package org.openbenefits.platform.payment.simulator;

import java.util.ArrayList;
import java.util.List;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.platform.payment.CardPaymentSettled;

/** Records the {@link CardPaymentSettled} events the platform publishes, as checkout's listener would receive them. */
@Singleton
public class SettledEvents {

    private final List<CardPaymentSettled> received = new ArrayList<>();

    @EventListener
    synchronized void on(CardPaymentSettled settled) {
        received.add(settled);
    }

    public synchronized List<CardPaymentSettled> of(PaymentIntentId intent) {
        return received.stream().filter(settled -> switch (settled) {
            case CardPaymentSettled.Authorised authorised -> authorised.intent().equals(intent);
            case CardPaymentSettled.Failed failed -> failed.intent().equals(intent);
        }).toList();
    }
}
