package org.openbenefits.domain.invoice;

import java.util.List;

/**
 * Who buys: the employee, with their employer's name, and their postal address when they gave one.
 *
 * @param fullName     first and last name
 * @param employerName the employer's name
 * @param addressLines the postal address, one line each; empty when the employee has none
 */
public record Buyer(String fullName, String employerName, List<String> addressLines) {

    public Buyer {
        fullName = InvoiceText.required("buyer name", fullName);
        employerName = InvoiceText.required("employer name", employerName);
        addressLines = InvoiceText.lines("buyer address", addressLines);
    }

    @Override
    public String toString() {
        return "Buyer[***]";
    }
}
