package org.openbenefits.platform.order;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Singleton;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.notification.PortalLinks;
import org.openbenefits.platform.outbox.Outbox;

/**
 * The e-mails an order sends its employee, written to the outbox in the caller's transaction (so that they leave
 * exactly when what they tell is committed) and rendered by ticket-delivery in the employee's language: the
 * confirmation when the order is paid, and one per cancellation saying where each euro went. Lists (lines, refunds)
 * travel as numbered parameters ({@code line1Title}...) named by a list of numbers ({@code lines}: {@code 1,2}), see
 * ticket-delivery's mail/README.md. Amounts are formatted here, in the recipient's language.
 */
@Singleton
public class OrderMails {

    public static final String CONFIRMATION = "order-confirmation";
    public static final String CANCELLATION = "order-cancellation";
    /** The order's page in the employee portal. */
    static final String ORDER_PATH = "/commandes/";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Where one part of a refund went, as the e-mail tells it. */
    public record RefundLine(String destination, String amountText, Optional<String> kind, Optional<String> name) {
    }

    private record Recipient(String firstName, String language, String email) {
    }

    private final Jdbc jdbc;
    private final Outbox outbox;
    private final PortalLinks links;

    OrderMails(Jdbc jdbc, Outbox outbox, PortalLinks links) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.links = links;
    }

    /** The confirmation of the order just paid: its lines, what paid it, where it goes, the link to its page. */
    public void confirmation(long orderId) {
        record Head(long employeeId, String number, Instant paidAt, long total, long allowances, long card,
                    long shippingFee, String deliveryEmail, String line1, String line2, String postalCode,
                    String city, LocalDate shipBy) {
        }
        Head head = jdbc.one("""
                SELECT employee_id, number, paid_at, total_cents, allowances_cents, card_cents, shipping_fee_cents,
                       delivery_email, postal_line1, postal_line2, postal_code, postal_city, ship_by
                FROM customer_order WHERE id = ?""", row -> new Head(row.getLong("employee_id"),
                row.getString("number"), Jdbc.instant(row, "paid_at"), row.getLong("total_cents"),
                row.getLong("allowances_cents"), row.getLong("card_cents"), row.getLong("shipping_fee_cents"),
                row.getString("delivery_email"), row.getString("postal_line1"), row.getString("postal_line2"),
                row.getString("postal_code"), row.getString("postal_city"),
                row.getObject("ship_by", LocalDate.class)), orderId).orElseThrow();
        Optional<Recipient> recipient = recipient(head.employeeId());
        if (recipient.isEmpty()) {
            return;
        }
        String language = recipient.get().language();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("firstName", recipient.get().firstName());
        parameters.put("orderNumber", head.number());
        parameters.put("paidOn", ParisFormats.date(head.paidAt()));
        List<String> numbers = new ArrayList<>();
        jdbc.list("SELECT title, quantity, net_cents FROM order_line WHERE order_id = ? ORDER BY position", row -> {
            String n = Integer.toString(numbers.size() + 1);
            numbers.add(n);
            parameters.put("line" + n + "Title", row.getString("title"));
            parameters.put("line" + n + "Quantity", Integer.toString(row.getInt("quantity")));
            parameters.put("line" + n + "Amount", Money.ofCents(row.getLong("net_cents")).format(language));
            return null;
        }, orderId);
        parameters.put("lines", String.join(",", numbers));
        parameters.put("total", Money.ofCents(head.total()).format(language));
        parameters.put("allowances", Money.ofCents(head.allowances()).format(language));
        parameters.put("card", Money.ofCents(head.card()).format(language));
        if (head.shippingFee() > 0) {
            parameters.put("shippingFee", Money.ofCents(head.shippingFee()).format(language));
        }
        parameters.put("deliveryEmail", head.deliveryEmail());
        if (head.line1() != null) {
            String address = head.line1() + (head.line2() == null ? "" : ", " + head.line2()) + ", "
                    + head.postalCode() + " " + head.city();
            parameters.put("postalAddress", address);
            if (head.shipBy() != null) {
                parameters.put("shipBy", DATE.format(head.shipBy()));
            }
        }
        parameters.put("orderUrl", orderUrl(orderId));
        append(recipient.get(), CONFIRMATION, parameters);
    }

    /** Where the cancelled lines' money went; the refunds in the order the answer gives them. */
    public void cancellation(long employeeId, long orderId, String number, List<String> cancelledTitles,
                             boolean shippingRefunded, List<RefundLine> refunds, Money total) {
        Optional<Recipient> recipient = recipient(employeeId);
        if (recipient.isEmpty()) {
            return;
        }
        String language = recipient.get().language();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("firstName", recipient.get().firstName());
        parameters.put("orderNumber", number);
        List<String> lineNumbers = new ArrayList<>();
        for (String title : cancelledTitles) {
            String n = Integer.toString(lineNumbers.size() + 1);
            lineNumbers.add(n);
            parameters.put("line" + n + "Title", title);
        }
        parameters.put("lines", String.join(",", lineNumbers));
        List<String> refundNumbers = new ArrayList<>();
        for (RefundLine refund : refunds) {
            String n = Integer.toString(refundNumbers.size() + 1);
            refundNumbers.add(n);
            parameters.put("refund" + n + "Destination", refund.destination());
            parameters.put("refund" + n + "Amount", refund.amountText());
            refund.kind().ifPresent(kind -> parameters.put("refund" + n + "Kind", kind));
            refund.name().ifPresent(name -> parameters.put("refund" + n + "Name", name));
        }
        parameters.put("refunds", String.join(",", refundNumbers));
        parameters.put("total", total.format(language));
        parameters.put("shippingRefunded", Boolean.toString(shippingRefunded));
        parameters.put("orderUrl", orderUrl(orderId));
        append(recipient.get(), CANCELLATION, parameters);
    }

    /** The language the employee reads e-mails in. */
    public String languageOf(long employeeId) {
        return recipient(employeeId).map(Recipient::language).orElse("fr");
    }

    private String orderUrl(long orderId) {
        return links.portalOf(Role.EMPLOYEE) + ORDER_PATH + orderId;
    }

    private Optional<Recipient> recipient(long employeeId) {
        return jdbc.one("""
                SELECT u.first_name, u.language, COALESCE(p.delivery_email, p.work_email, u.email) AS email
                FROM user_account u LEFT JOIN employee_profile p ON p.user_account_id = u.id
                WHERE u.id = ?""", row -> new Recipient(row.getString("first_name"), row.getString("language"),
                row.getString("email")), employeeId).filter(r -> r.email() != null);
    }

    private void append(Recipient recipient, String template, Map<String, String> parameters) {
        outbox.append(new NotificationRequested(UUID.randomUUID(), recipient.email(), recipient.language(), template,
                parameters));
    }
}
