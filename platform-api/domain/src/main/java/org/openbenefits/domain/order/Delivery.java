package org.openbenefits.domain.order;

/** How a line reaches its employee: e-mailed (e-tickets, e-gift cards) or sent by post. */
public enum Delivery {
    E_TICKET,
    E_GIFT_CARD,
    POSTAL;

    /** Whether a parcel goes through a carrier (and the order pays a shipping fee for it). */
    public boolean isPostal() {
        return this == POSTAL;
    }
}
