package org.openbenefits.platform.payment;

import java.net.URI;

import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.PaymentIntentId;

/** TEMPORARY copy of the lead's shared signature (shared-api.md). */
public record StartedPayment(PaymentIntentId intent, URI hostedPage) {
    }
