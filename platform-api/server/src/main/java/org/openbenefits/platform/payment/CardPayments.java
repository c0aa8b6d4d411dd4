package org.openbenefits.platform.payment;

import java.net.URI;

import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.PaymentIntentId;

/** TEMPORARY copy of the lead's shared signature (shared-api.md); replaced by main's on merge. */
public interface CardPayments {

    StartedPayment start(PaymentRequest request);

    void capture(PaymentIntentId intent);

    void cancel(PaymentIntentId intent);

    void refund(PaymentIntentId intent, Money amount, String key);


}
