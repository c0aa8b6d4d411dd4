package org.openbenefits.domain.allocation;

/** The kinds of allowance, most restrictive first: the declaration order is the order in which checkout spends them. */
public enum AllowanceKind {
    SUBSIDY,
    CULTURE_CHEQUE,
    GIFT_CHEQUE
}
