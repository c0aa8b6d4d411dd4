package org.openbenefits.domain.invoice;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;

/**
 * An invoice (facture) of a paid order, as issued and kept unchanged ever after (DESIGN 3.6; docs/domain-rules.md,
 * "Invoices"): its number in the year's unbroken sequence, the issue date, seller and buyer, the order, its lines with
 * their discount, the shipping fee, the total, and how it was paid, allowances by kind then the card.
 *
 * <p>Its amounts hold together: the lines after discount plus the shipping fee make the total, and the allowances
 * and the card together pay exactly the total. An invoice that would not is refused when made.
 *
 * @param number      its number
 * @param issuedOn    the day it was issued, Europe/Paris
 * @param seller      the platform's operator
 * @param buyer       the employee
 * @param order       the order's number
 * @param orderedOn   the day the order was placed, Europe/Paris; never after the issue date
 * @param lines       the order's lines, at least one
 * @param shipping    the shipping fee; empty when nothing was posted, zero when shipping was free ("offerts")
 * @param total       what the order cost, all taxes included
 * @param allowances  what each kind of allowance paid, only kinds that paid something (amounts positive)
 * @param card        what the card paid, if it paid anything
 */
public record Invoice(InvoiceNumber number, LocalDate issuedOn, Seller seller, Buyer buyer, OrderNumber order,
                      LocalDate orderedOn, List<InvoiceLine> lines, Optional<Money> shipping, Money total,
                      Map<AllowanceKind, Money> allowances, Optional<CardPayment> card) {

    public Invoice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(orderedOn, "orderedOn");
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(card, "card");
        lines = List.copyOf(lines);
        allowances = sorted(allowances);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice has at least one line");
        }
        if (orderedOn.isAfter(issuedOn)) {
            throw new IllegalArgumentException("An invoice is issued on or after the order's day");
        }
        if (shipping.isPresent() && shipping.get().isNegative()) {
            throw new IllegalArgumentException("A shipping fee is never negative");
        }
        Money charged = lines.stream().map(InvoiceLine::net).reduce(Money.ZERO, Money::plus)
                .plus(shipping.orElse(Money.ZERO));
        if (!charged.equals(total)) {
            throw new IllegalArgumentException("The lines after discount and the shipping fee make " + charged
                    + ", not the total " + total);
        }
        Money paid = allowances.values().stream().reduce(Money.ZERO, Money::plus)
                .plus(card.map(CardPayment::amount).orElse(Money.ZERO));
        if (!paid.equals(total)) {
            throw new IllegalArgumentException("The payments add up to " + paid + ", not the total " + total);
        }
    }

    /** The lines before discount. */
    public Money gross() {
        return lines.stream().map(InvoiceLine::gross).reduce(Money.ZERO, Money::plus);
    }

    /** The advantage code's discount over all lines. */
    public Money discount() {
        return lines.stream().map(InvoiceLine::discount).reduce(Money.ZERO, Money::plus);
    }

    /** What the allowances paid together. */
    public Money allowancesTotal() {
        return allowances.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** Kinds in spending order (subsidy, culture cheque, gift cheque), each with a positive amount. */
    private static Map<AllowanceKind, Money> sorted(Map<AllowanceKind, Money> allowances) {
        Objects.requireNonNull(allowances, "allowances");
        EnumMap<AllowanceKind, Money> result = new EnumMap<>(AllowanceKind.class);
        allowances.forEach((kind, amount) -> {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(amount, "amount");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("An allowance kind listed on an invoice paid something: " + kind);
            }
            result.put(kind, amount);
        });
        return Collections.unmodifiableMap(result);
    }
}
