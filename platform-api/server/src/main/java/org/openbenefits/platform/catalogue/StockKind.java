package org.openbenefits.platform.catalogue;

/** How an offer's stock is kept: a count a platform admin sets, or e-ticket codes uploaded as CSV. */
public enum StockKind {
    COUNT,
    CODES
}
