package org.openbenefits.platform.catalogue;

/** The orders of the employee's catalogue; each ends on the offer's id, so that pages never overlap. */
public enum CatalogueSort {
    TITLE("o.title, o.id"),
    PRICE_ASC("o.employee_price_cents, o.title, o.id"),
    PRICE_DESC("o.employee_price_cents DESC, o.title, o.id");

    private final String orderBy;

    CatalogueSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
