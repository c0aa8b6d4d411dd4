package org.openbenefits.platform.payment;

import java.net.URI;

import org.openbenefits.domain.payment.PaymentIntentId;

/**
 * A payment started at the gateway.
 *
 * @param intent     the gateway's intent id
 * @param hostedPage the gateway's hosted payment page the browser is sent to
 */
public record StartedPayment(PaymentIntentId intent, URI hostedPage) {
}
