package org.openbenefits.domain.invoice;

import java.util.List;
import java.util.Objects;

/**
 * Who sells: the platform's operator, as its invoices must name it (French commercial code, article L441-9): name,
 * registered address, SIRET (whose first nine digits are the SIREN) and intra-community VAT number.
 *
 * @param name         the company's name, with its legal form
 * @param addressLines its registered address, one line each, at least one
 * @param siret        the establishment's SIRET, 14 digits
 * @param vatNumber    the intra-community VAT number, e.g. {@code FR32123456789}
 */
public record Seller(String name, List<String> addressLines, String siret, String vatNumber) {

    public Seller {
        name = InvoiceText.required("seller name", name);
        addressLines = InvoiceText.lines("seller address", addressLines);
        if (addressLines.isEmpty()) {
            throw new IllegalArgumentException("A seller has an address");
        }
        Objects.requireNonNull(siret, "siret");
        if (!siret.matches("[0-9]{14}")) {
            throw new IllegalArgumentException("A SIRET has 14 digits");
        }
        vatNumber = InvoiceText.required("VAT number", vatNumber);
    }

    /** The company's SIREN: the first nine digits of its SIRET. */
    public String siren() {
        return siret.substring(0, 9);
    }
}
