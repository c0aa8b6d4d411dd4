package org.openbenefits.platform.invoice;

import java.util.Arrays;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.openbenefits.domain.invoice.Seller;
import org.openbenefits.platform.security.StartupRefusal;

/**
 * The platform's operator as its invoices name it, from the settings {@code platform.invoices.seller.*}
 * ({@code INVOICE_SELLER_NAME}, {@code INVOICE_SELLER_ADDRESS} with its lines separated by semicolons,
 * {@code INVOICE_SELLER_SIRET}, {@code INVOICE_SELLER_VAT_NUMBER}; README, "Configuration"). Checked at start: a
 * wrong value stops platform-api there, rather than the first payment.
 */
@Context
public class InvoiceSeller {

    private final Seller seller;

    InvoiceSeller(@Value("${platform.invoices.seller.name}") String name,
                  @Value("${platform.invoices.seller.address}") String address,
                  @Value("${platform.invoices.seller.siret}") String siret,
                  @Value("${platform.invoices.seller.vat-number}") String vatNumber) {
        try {
            this.seller = new Seller(name, Arrays.stream(address.split(";")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList(), siret.strip(), vatNumber);
        } catch (IllegalArgumentException | NullPointerException wrong) {
            throw new StartupRefusal("The seller printed on invoices is incomplete: set INVOICE_SELLER_NAME, "
                    + "INVOICE_SELLER_ADDRESS (lines separated by ;), INVOICE_SELLER_SIRET (14 digits) and "
                    + "INVOICE_SELLER_VAT_NUMBER. See README, \"Configuration\". (" + wrong.getMessage() + ")");
        }
    }

    /** The seller as invoices issued now print it. */
    public Seller seller() {
        return seller;
    }
}
