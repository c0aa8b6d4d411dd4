package org.openbenefits.platform.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.invoice.Buyer;
import org.openbenefits.domain.invoice.CardPayment;
import org.openbenefits.domain.invoice.Invoice;
import org.openbenefits.domain.invoice.InvoiceLine;
import org.openbenefits.domain.invoice.InvoiceNumber;
import org.openbenefits.domain.invoice.Seller;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CardBrand;

/** Invoices and drafts for the invoice tests. */
final class InvoiceFixtures {

    static final Seller SELLER = new Seller("OpenBenefits SAS", List.of("10 rue de la Paix", "75002 Paris"),
            "12345678900017", "FR32123456789");

    private InvoiceFixtures() {
    }

    static Money euros(String amount) {
        return Money.euros(amount);
    }

    /** Two lines with a discount, shipping, paid by a subsidy, a gift cheque and a Visa card. */
    static List<InvoiceLine> lines() {
        return List.of(new InvoiceLine("Cinéma Pathé : place 2D", 2, euros("12.00"), euros("2.40")),
                new InvoiceLine("Livre : le théâtre de Molière", 1, euros("8.00"), euros("0.80")));
    }

    static Map<AllowanceKind, Money> allowances() {
        return Map.of(AllowanceKind.SUBSIDY, euros("15.00"), AllowanceKind.GIFT_CHEQUE, euros("10.00"));
    }

    static Optional<CardPayment> visa() {
        return Optional.of(new CardPayment(CardBrand.VISA, "4242", euros("8.70")));
    }

    static Invoice invoice() {
        return new Invoice(new InvoiceNumber(2026, 1), LocalDate.of(2026, 6, 15), SELLER,
                new Buyer("Élodie Garçon", "Acme Café & Crème", List.of("3 place d'Italie", "75013 Paris")),
                OrderNumber.of("CMD-2026-000042"), LocalDate.of(2026, 6, 15), lines(), Optional.of(euros("4.90")),
                euros("33.70"), allowances(), visa());
    }
}
