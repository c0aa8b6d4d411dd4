package org.openbenefits.platform.ledger;

/** The pots of money the ledger keeps accounts for; stored by name, so values are only ever added. */
public enum LedgerAccountType {
    /** Money that came in from outside (bank transfers): its balance is negative, the mirror of what is inside. */
    EXTERNAL_FUNDING,
    /** What the employer may distribute in campaigns. */
    EMPLOYER_BUDGET,
    /** What one grant still holds for its employee. */
    GRANT,
    /** Money held for an order (holds and posted spends), for checkout. */
    ORDER;

    /** Whether the balance may go below zero: only external funding, which mirrors the money inside. */
    public boolean mayBeNegative() {
        return this == EXTERNAL_FUNDING;
    }
}
