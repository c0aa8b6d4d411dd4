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
    REFUND_AFTER_EXPIRY
}
