package org.openbenefits.portal.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.order.OrderDetail;
import org.openbenefits.contract.api.order.OrderLineView;
import org.openbenefits.domain.payment.PaymentAttempts;
import org.openbenefits.portal.PortalPaths;
import org.openbenefits.portalcommon.api.RefusalWording;

/**
 * One order's page, every amount and label written in the request's language.
 *
 * @param payment       where its payment stands, in words (see {@link Payment})
 * @param shipping      the shipping fee and what paid it, or null when the order pays none
 * @param discount      the advantage code's discount, or null when there is none
 * @param postalAddress the postal address's lines, or null when nothing is posted
 * @param shipBy        "Expédition prévue le 10/12/2026" when a line is posted, else null
 * @param invoice       the portal's address of the invoice PDF, only once the order is paid
 */
public record OrderView(long id, String number, String date, String statusCode, String status, List<Line> lines,
                        @Nullable Shipping shipping, String gross, @Nullable String discount, String total,
                        String deliveryEmail, @Nullable List<String> postalAddress, @Nullable String shipBy,
                        Payment payment, @Nullable String invoice) {

    static final String PAID = "PAID";
    static final String PENDING_PAYMENT = "PENDING_PAYMENT";
    private static final String POSTAL = "POSTAL";

    /** The portal's address of an order's page. */
    static String href(long id) {
        return PortalPaths.ORDERS + "/" + id;
    }

    /** The portal's address of the button that starts a card payment of the order. */
    static String payment(long id) {
        return href(id) + "/paiement";
    }

    /** The portal's address of the order's invoice. */
    static String invoice(long id) {
        return href(id) + "/facture";
    }

    static OrderView of(OrderDetail order, OrderWording words, RefusalWording refusals) {
        boolean paid = PAID.equals(order.paymentStatus());
        List<Line> lines = order.lines().stream().map(line -> Line.of(line, paid, words)).toList();
        Shipping shipping = order.shipping() == null ? null : new Shipping(words.euros(order.shipping().feeCents()),
                words.paidBy(order.shipping().parts(), order.shipping().cardCents()));
        boolean posted = order.lines().stream().anyMatch(line -> POSTAL.equals(line.delivery()));
        String shipBy = posted && order.shipBy() != null ? words.text("orders.shipBy", words.date(order.shipBy())) : null;
        return new OrderView(order.id(), order.number(), words.date(order.createdAt()), order.status(),
                words.label("orders.status.", order.status()), lines, shipping, words.euros(order.grossCents()),
                order.discountCents() > 0 ? words.euros(order.discountCents()) : null, words.euros(order.totalCents()),
                order.deliveryEmail(), address(order.postalAddress()), shipBy,
                Payment.of(order, words, refusals), paid ? invoice(order.id()) : null);
    }

    private static @Nullable List<String> address(@Nullable ProfileAddress address) {
        if (address == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(address.line1());
        if (address.line2() != null && !address.line2().isBlank()) {
            lines.add(address.line2());
        }
        lines.add(address.postalCode() + " " + address.city());
        if (address.country() != null && !ProfileAddress.DEFAULT_COUNTRY.equals(address.country())) {
            lines.add(address.country());
        }
        return lines;
    }

    /**
     * A line of the order.
     *
     * @param state  its fulfilment state in words ("Payée", "Envoyée"...), or null while the order is not paid
     * @param paidBy "subvention 5,00 €, carte 2,00 €", or null for a line nothing pays (free)
     */
    public record Line(String title, int quantity, String unitPrice, String delivery, String net,
                       @Nullable String discount, @Nullable String stateCode, @Nullable String state,
                       @Nullable String paidBy) {

        static Line of(OrderLineView line, boolean paid, OrderWording words) {
            return new Line(line.title(), line.quantity(), words.euros(line.unitPriceCents()),
                    words.label("catalogue.delivery.", line.delivery()), words.euros(line.netCents()),
                    line.discountCents() > 0 ? words.euros(line.discountCents()) : null,
                    paid ? line.state() : null, paid ? words.label("orders.line.", line.state()) : null,
                    words.paidBy(line.parts(), line.cardCents()));
        }
    }

    /** The shipping fee and what paid it ("subvention 4,90 €"). */
    public record Shipping(String fee, @Nullable String paidBy) {
    }

    /**
     * Where the order's payment stands.
     *
     * @param state    PAID, AWAITED (a card payment page is open or about to be), FAILED (a card failed, attempts are
     *                 left), REFUSED (no more attempts, or the payment service could not be reached) or EXPIRED
     * @param headline "Paiement en attente", "Paiement refusé"...
     * @param message  the sentence that tells what happened and what to do, or null
     * @param attempts "Il vous reste 2 essais", only when a card failed and attempts are left
     * @param canPay   whether the "Payer par carte" button is shown
     * @param action   where that button posts
     */
    public record Payment(String state, String headline, @Nullable String message, @Nullable String attempts,
                          boolean canPay, String action) {

        static Payment of(OrderDetail order, OrderWording words, RefusalWording refusals) {
            String action = payment(order.id());
            String card = order.cardBrand() == null || order.cardLast4() == null ? null
                    : words.text("orders.payment.card", words.label("orders.card.", order.cardBrand()),
                    order.cardLast4());
            return switch (order.paymentStatus()) {
                case PAID -> new Payment(PAID, words.text("orders.payment.PAID"),
                        order.paidAt() == null ? card : join(words.text("orders.payment.paidOn",
                                words.date(order.paidAt()), words.time(order.paidAt())), card), null, false, action);
                case PENDING_PAYMENT -> pending(order, words, action);
                default -> {
                    Map<String, Object> parameters = Map.of("order", order.number(),
                            "limit", PaymentAttempts.DEFAULT.limit());
                    String why = order.endCode() == null ? null
                            : refusals.word(order.endCode(), parameters, words.locale()).orElse(null);
                    String state = "EXPIRED".equals(order.paymentStatus()) ? "EXPIRED" : "REFUSED";
                    yield new Payment(state, words.label("orders.payment.", state),
                            why != null ? why : words.text("orders.payment." + state + ".text"), null, false, action);
                }
            };
        }

        private static Payment pending(OrderDetail order, OrderWording words, String action) {
            boolean canPay = order.attemptsLeft() > 0;
            String holds = order.holdExpiresAt() == null ? null
                    : words.text("orders.payment.holdUntil", words.time(order.holdExpiresAt()),
                    words.date(order.holdExpiresAt()));
            boolean failed = order.paymentUrl() == null && order.attemptsLeft() < PaymentAttempts.DEFAULT.limit();
            if (failed && canPay) {
                String attempts = order.attemptsLeft() == 1 ? words.text("orders.payment.attemptsLeft.one")
                        : words.text("orders.payment.attemptsLeft.many", order.attemptsLeft());
                return new Payment("FAILED", words.text("orders.payment.FAILED"),
                        join(words.text("orders.payment.FAILED.text"), holds), attempts, true, action);
            }
            return new Payment("AWAITED", words.text("orders.payment.AWAITED"),
                    join(words.text("orders.payment.AWAITED.text", words.euros(order.cardCents())), holds), null,
                    canPay, action);
        }

        private static @Nullable String join(@Nullable String first, @Nullable String second) {
            if (first == null) {
                return second;
            }
            return second == null ? first : first + " " + second;
        }
    }
}
