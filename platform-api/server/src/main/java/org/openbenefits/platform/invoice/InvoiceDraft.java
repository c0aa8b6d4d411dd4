package org.openbenefits.platform.invoice;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.invoice.CardPayment;
import org.openbenefits.domain.invoice.InvoiceLine;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.platform.checkout.GrantPart;
import org.openbenefits.platform.checkout.Quote;
import org.openbenefits.platform.checkout.QuotedLine;

/**
 * What {@link Invoices#issue} needs of a paid order; the number, the issue date, the seller (settings) and the buyer
 * (the employee's name, employer and postal address, read when issuing) are added there.
 *
 * @param orderId    the order's id, one invoice per order
 * @param order      the order's readable number
 * @param orderedAt  when the order was placed
 * @param employeeId the employee who placed it (their employer is read from their account)
 * @param lines      the order's lines as priced: title, quantity, unit price, share of the discount
 * @param shipping   the shipping fee; empty when nothing is posted, zero when shipping was free
 * @param total      what the order cost: lines after discount plus shipping
 * @param allowances what each kind of allowance paid (kinds that paid nothing may be left out or given as zero)
 * @param card       what the card paid, with its brand and last four digits, if it paid anything
 */
public record InvoiceDraft(long orderId, OrderNumber order, Instant orderedAt, long employeeId,
                           List<InvoiceLine> lines, Optional<Money> shipping, Money total,
                           Map<AllowanceKind, Money> allowances, Optional<CardPayment> card) {

    public InvoiceDraft {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(orderedAt, "orderedAt");
        lines = List.copyOf(lines);
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(total, "total");
        EnumMap<AllowanceKind, Money> paid = new EnumMap<>(AllowanceKind.class);
        allowances.forEach((kind, amount) -> {
            if (!amount.isZero()) {
                paid.put(kind, amount);
            }
        });
        allowances = Map.copyOf(paid);
        Objects.requireNonNull(card, "card");
    }

    /**
     * The draft of an order paid as the checkout's quote says: its lines (title, quantity, unit price, discount), the
     * shipping fee when a line is posted, the grants' parts added up by kind, and the card's part with the card the
     * gateway authorised.
     *
     * @param card the card that paid the card's part; required when the quote leaves something to the card
     */
    public static InvoiceDraft of(long orderId, OrderNumber order, Instant orderedAt, long employeeId, Quote quote,
                                  Optional<StoredCard> card) {
        List<InvoiceLine> lines = quote.lines().stream().map(line -> new InvoiceLine(line.title(), line.quantity(),
                line.unitPrice(), line.priced().discount())).toList();
        boolean posted = quote.lines().stream().anyMatch(line -> line.delivery() == Delivery.POSTAL);
        EnumMap<AllowanceKind, Money> allowances = new EnumMap<>(AllowanceKind.class);
        for (QuotedLine line : quote.lines()) {
            for (GrantPart part : line.parts()) {
                allowances.merge(part.kind(), part.amount(), Money::plus);
            }
        }
        quote.shippingParts().forEach(part -> allowances.merge(part.kind(), part.amount(), Money::plus));
        Optional<CardPayment> cardPayment = Optional.empty();
        if (quote.card().isPositive()) {
            StoredCard stored = card.orElseThrow(() -> new IllegalArgumentException(
                    "The quote leaves " + quote.card() + " to a card: give the card that paid it"));
            cardPayment = Optional.of(new CardPayment(stored.brand(), stored.lastFour(), quote.card()));
        }
        return new InvoiceDraft(orderId, order, orderedAt, employeeId, lines,
                posted ? Optional.of(quote.shippingFee()) : Optional.empty(), quote.total(), allowances, cardPayment);
    }
}
