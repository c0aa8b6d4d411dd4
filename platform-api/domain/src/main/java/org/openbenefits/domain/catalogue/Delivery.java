package org.openbenefits.domain.catalogue;

/**
 * How an offer reaches the employee: e-mailed (e-tickets, e-gift cards) or sent by post. Pricing charges shipping for
 * postal lines only; an order line's fulfilment states depend on it.
 */
public enum Delivery {
    E_TICKET,
    E_GIFT_CARD,
    POSTAL;

    /** Whether a parcel goes through a carrier (and the order pays a shipping fee for it). */
    public boolean isPostal() {
        return this == POSTAL;
    }
}
