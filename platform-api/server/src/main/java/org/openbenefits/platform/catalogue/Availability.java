package org.openbenefits.platform.catalogue;

/** What the employee reads of an offer's stock: plenty, only a few left (with how many), or none. */
public enum Availability {
    IN_STOCK,
    LOW,
    SOLD_OUT;

    /** From this many units down to one, the stock is low and says how many are left. */
    static final long LOW_FROM = 5;

    public static Availability of(long available) {
        if (available <= 0) {
            return SOLD_OUT;
        }
        return available <= LOW_FROM ? LOW : IN_STOCK;
    }

    /** The count the employee is told: only when low. */
    public Long remaining(long available) {
        return this == LOW ? available : null;
    }
}
