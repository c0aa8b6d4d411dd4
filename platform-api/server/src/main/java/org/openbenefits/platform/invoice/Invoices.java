package org.openbenefits.platform.invoice;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.calendar.BusinessCalendar;
import org.openbenefits.domain.invoice.Buyer;
import org.openbenefits.domain.invoice.CardPayment;
import org.openbenefits.domain.invoice.Invoice;
import org.openbenefits.domain.invoice.InvoiceLine;
import org.openbenefits.domain.invoice.InvoiceNumber;
import org.openbenefits.domain.invoice.Seller;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The invoices of paid orders, each kept as issued (a snapshot: its own rows, never recomputed from the order, the
 * offers or the profile). One per order whatever happens: issuing again returns the first.
 */
@Singleton
public class Invoices {

    private static final String NEW_LINE = "\n";

    private final Jdbc jdbc;
    private final InvoiceNumbers numbers;
    private final InvoiceSeller seller;
    private final Clock clock;

    Invoices(Jdbc jdbc, InvoiceNumbers numbers, InvoiceSeller seller, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.seller = seller;
        this.clock = clock;
    }

    /**
     * Issues the order's invoice in the caller's transaction (the one that marks the order paid): the next number of
     * the year, today's date (Paris), the seller from the settings and the buyer as their account and profile say now,
     * all stored. The year's invoice counter stays locked until that transaction ends: call this last in it. The order's
     * invoice when it has one already, unchanged.
     *
     * @throws IllegalArgumentException when the draft's amounts do not hold together (the caller's transaction should
     *                                  roll back: nothing is issued)
     */
    @Transactional
    public Invoice issue(InvoiceDraft draft) {
        Optional<Invoice> issued = byOrder(draft.orderId());
        if (issued.isPresent()) {
            return issued.get();
        }
        BuyerRow buyer = buyerOf(draft.employeeId());
        Instant now = clock.instant();
        InvoiceNumber number = numbers.next(now);
        Invoice invoice = new Invoice(number, LocalDate.ofInstant(now, BusinessCalendar.PARIS), seller.seller(),
                buyer.buyer(), draft.order(), LocalDate.ofInstant(draft.orderedAt(), BusinessCalendar.PARIS),
                draft.lines(), draft.shipping(), draft.total(), draft.allowances(), draft.card());
        Seller from = invoice.seller();
        long id = jdbc.insert("""
                INSERT INTO invoice (number, invoice_year, sequence_number, order_id, order_number, ordered_on,
                                     employee_id, employer_id, issued_at, issued_on, seller_name, seller_address,
                                     seller_siret, seller_vat, buyer_name, buyer_employer, buyer_address,
                                     shipping_cents, total_cents, card_brand, card_last_four, card_cents)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                number.value(), number.year(), number.sequence(), draft.orderId(), draft.order().value(),
                invoice.orderedOn(), draft.employeeId(), buyer.employerId(), now, invoice.issuedOn(), from.name(),
                String.join(NEW_LINE, from.addressLines()), from.siret(), from.vatNumber(), buyer.buyer().fullName(),
                buyer.buyer().employerName(), buyer.buyer().addressLines().isEmpty() ? null
                        : String.join(NEW_LINE, buyer.buyer().addressLines()),
                invoice.shipping().map(Money::cents).orElse(null), invoice.total().cents(),
                invoice.card().map(CardPayment::brand).orElse(null),
                invoice.card().map(CardPayment::lastFour).orElse(null),
                invoice.card().map(card -> card.amount().cents()).orElse(null));
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            lines.add(new Object[]{id, i + 1, line.title(), line.quantity(), line.unitPrice().cents(),
                    line.discount().cents()});
        }
        jdbc.insertRows("invoice_line", List.of("invoice_id", "line_no", "title", "quantity", "unit_price_cents",
                "discount_cents"), lines);
        jdbc.insertRows("invoice_allowance", List.of("invoice_id", "kind", "amount_cents"),
                invoice.allowances().entrySet().stream()
                        .map(paid -> new Object[]{id, paid.getKey(), paid.getValue().cents()}).toList());
        return invoice;
    }

    /** The invoice of the employee's order; empty when the order is another person's, unknown or not invoiced yet. */
    @Transactional(readOnly = true)
    public Optional<Invoice> of(long orderId, long employeeId) {
        return read("i.order_id = ? AND i.employee_id = ?", orderId, employeeId);
    }

    private Optional<Invoice> byOrder(long orderId) {
        return read("i.order_id = ?", orderId);
    }

    private Optional<Invoice> read(String where, Object... parameters) {
        Optional<Header> found = jdbc.one("SELECT * FROM invoice i WHERE " + where, Invoices::header, parameters);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Header header = found.get();
        List<InvoiceLine> lines = jdbc.list("""
                SELECT title, quantity, unit_price_cents, discount_cents FROM invoice_line
                WHERE invoice_id = ? ORDER BY line_no""", row -> new InvoiceLine(row.getString("title"),
                row.getInt("quantity"), Money.ofCents(row.getLong("unit_price_cents")),
                Money.ofCents(row.getLong("discount_cents"))), header.id());
        Map<AllowanceKind, Money> allowances = new EnumMap<>(AllowanceKind.class);
        jdbc.list("SELECT kind, amount_cents FROM invoice_allowance WHERE invoice_id = ?",
                        row -> Map.entry(AllowanceKind.valueOf(row.getString("kind")),
                                Money.ofCents(row.getLong("amount_cents"))), header.id())
                .forEach(paid -> allowances.put(paid.getKey(), paid.getValue()));
        return Optional.of(new Invoice(header.number(), header.issuedOn(), header.seller(), header.buyer(),
                header.order(), header.orderedOn(), lines, header.shipping(), header.total(), allowances,
                header.card()));
    }

    private record Header(long id, InvoiceNumber number, LocalDate issuedOn, Seller seller, Buyer buyer,
                          OrderNumber order, LocalDate orderedOn, Optional<Money> shipping, Money total,
                          Optional<CardPayment> card) {
    }

    private static Header header(ResultSet row) throws SQLException {
        Long shipping = Jdbc.nullableLong(row, "shipping_cents");
        String brand = row.getString("card_brand");
        String buyerAddress = row.getString("buyer_address");
        return new Header(row.getLong("id"),
                new InvoiceNumber(row.getInt("invoice_year"), row.getLong("sequence_number")),
                localDate(row, "issued_on"),
                new Seller(row.getString("seller_name"), lines(row.getString("seller_address")),
                        row.getString("seller_siret"), row.getString("seller_vat")),
                new Buyer(row.getString("buyer_name"), row.getString("buyer_employer"),
                        buyerAddress == null ? List.of() : lines(buyerAddress)),
                OrderNumber.of(row.getString("order_number")), localDate(row, "ordered_on"),
                Optional.ofNullable(shipping).map(Money::ofCents), Money.ofCents(row.getLong("total_cents")),
                brand == null ? Optional.empty() : Optional.of(new CardPayment(CardBrand.valueOf(brand),
                        row.getString("card_last_four"), Money.ofCents(row.getLong("card_cents")))));
    }

    private static LocalDate localDate(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date.toLocalDate();
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split(NEW_LINE));
    }

    /** The buyer as the employee's account and profile say now, and their employer. */
    private record BuyerRow(Buyer buyer, long employerId) {
    }

    private BuyerRow buyerOf(long employeeId) {
        return jdbc.one("""
                SELECT a.first_name, a.last_name, a.employer_id, e.name AS employer_name, p.address_line1,
                       p.address_line2, p.address_postal_code, p.address_city, p.address_country
                FROM user_account a JOIN employer e ON e.id = a.employer_id
                LEFT JOIN employee_profile p ON p.user_account_id = a.id
                WHERE a.id = ? AND a.role = 'EMPLOYEE'""", row -> {
            List<String> address = new ArrayList<>();
            if (row.getString("address_line1") != null) {
                address.add(row.getString("address_line1"));
                String line2 = row.getString("address_line2");
                if (line2 != null && !line2.isBlank()) {
                    address.add(line2);
                }
                address.add(row.getString("address_postal_code") + " " + row.getString("address_city"));
                String country = row.getString("address_country");
                if (country != null && !"FR".equals(country)) {
                    address.add(country);
                }
            }
            return new BuyerRow(new Buyer(row.getString("first_name") + " " + row.getString("last_name"),
                    row.getString("employer_name"), address), row.getLong("employer_id"));
        }, employeeId).orElseThrow(() -> new IllegalArgumentException("No employee " + employeeId));
    }
}
