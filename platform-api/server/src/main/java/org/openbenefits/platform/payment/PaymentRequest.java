package org.openbenefits.platform.payment;

import java.net.URI;

import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;

/**
 * A card payment checkout asks for.
 *
 * @param orderId  the order's id
 * @param order    the order's number, the gateway's reference
 * @param amount   the card remainder, positive
 * @param returnTo where the gateway sends the browser back once the holder is done (absolute http or https)
 * @param key      the same key gives the same intent
 */
public record PaymentRequest(long orderId, OrderNumber order, Money amount, URI returnTo, String key) {
}
