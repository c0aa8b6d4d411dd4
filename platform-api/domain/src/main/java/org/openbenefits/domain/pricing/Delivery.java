package org.openbenefits.domain.pricing;

/** How a cart line reaches the employee; only postal lines make a cart pay shipping. */
public enum Delivery {
    E_TICKET,
    E_GIFT_CARD,
    POSTAL;

    public boolean postal() {
        return this == POSTAL;
    }
}
