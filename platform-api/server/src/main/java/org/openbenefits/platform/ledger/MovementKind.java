package org.openbenefits.platform.ledger;

/** What a ledger movement was; stored by name, so values are only ever added. */
public enum MovementKind {
    /** A confirmed bank transfer: external funding to the employer budget. */
    TOP_UP,
    /** A campaign: the employer budget to its grants. */
    DISTRIBUTION,
    /** HR revoked a grant: its unspent balance back to the budget. */
    REVOCATION,
    /** A grant expired: its unspent balance back to the budget. */
    EXPIRY,
    /** A refund on a grant that had expired meanwhile: straight back to the budget. */
    REFUND_AFTER_EXPIRY,
    /** Checkout holds grants' parts for an order awaiting payment: the grants to the order's account (ADR 0013). */
    HOLD,
    /**
     * A pending order failed or expired: its account back to the grants that paid it, or to the employer budget for a
     * grant that ended meanwhile.
     */
    RELEASE,
    /**
     * The employee cancelled lines of a paid order: the order's account back to the grants that paid them, each still
     * valid and not revoked (an ended grant's part goes to the budget as {@link #REFUND_AFTER_EXPIRY}).
     */
    REFUND
}
