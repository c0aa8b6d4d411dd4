package org.openbenefits.platform.order;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.events.OrderLinesCancelled;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.ledger.Posting;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.Cancellation;
import org.openbenefits.domain.order.GrantStanding;
import org.openbenefits.domain.order.LineState;
import org.openbenefits.domain.order.Order;
import org.openbenefits.domain.order.OrderLine;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.order.PaidParts;
import org.openbenefits.domain.order.Refund;
import org.openbenefits.domain.order.ShippingFee;
import org.openbenefits.domain.order.TrackingNumber;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.ledger.Ledger;
import org.openbenefits.platform.ledger.LedgerAccountType;
import org.openbenefits.platform.ledger.Movement;
import org.openbenefits.platform.ledger.MovementKind;
import org.openbenefits.platform.ledger.PostingResult;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The employee cancels lines of one of their paid orders (docs/domain-rules.md, "Orders, cancellation and refunds"):
 * the order is loaded into the domain's {@link Order}, with what each grant and the card paid of each line and each
 * grant's standing on today's Paris date, and {@link Order#cancel} decides. A refusal changes nothing. An acceptance
 * is one transaction, the order's row locked first so that concurrent cancellations of the same order take turns (the
 * second sees the lines cancelled and is refused): lines CANCELLED, stock given back, each grant's part back to the
 * grant ({@code REFUND}) or, for a grant expired or revoked meanwhile, to the employer budget
 * ({@code REFUND_AFTER_EXPIRY}, by campaign), the cancellation and where its money went recorded, the card part's
 * refund recorded PENDING under a key of its own, {@code order.lines-cancelled} and the e-mail to the outbox. The card
 * is refunded once that commits ({@link CardRefunds}), retried under the same key until the gateway takes it.
 */
@Singleton
public class CancelOrderLines {

    private static final Logger LOG = LoggerFactory.getLogger(CancelOrderLines.class);
    /** platform-api does not keep carriers' numbers yet; a shipped line is refused whatever its number. */
    private static final TrackingNumber NOT_KEPT = TrackingNumber.of("not-kept");

    /** Where one part of the refund went. */
    public enum Destination {
        GRANT, EMPLOYER_BUDGET, CARD
    }

    /**
     * One part of the refund.
     *
     * @param grantId   the grant that had paid it (GRANT, EMPLOYER_BUDGET)
     * @param cardBrand with cardLast4, the card refunded (CARD)
     */
    public record RefundPart(Destination destination, @Nullable Long grantId, @Nullable String kind,
                             @Nullable String campaignName, @Nullable String cardBrand, @Nullable String cardLast4,
                             Money amount) {
    }

    /** How a cancellation ended. */
    public sealed interface Outcome {
    }

    /** No such order of the employee's. */
    public record NotFound() implements Outcome {
    }

    /** Nothing cancelled, nothing moved. */
    public record Refused(Refusal refusal) implements Outcome {
    }

    /** The lines are cancelled; the card part, if any, is being refunded. */
    public record Cancelled(long cancellationId, List<Long> lineIds, boolean shippingRefunded, List<RefundPart> refunds,
                            Money total) implements Outcome {

        public Cancelled {
            lineIds = List.copyOf(lineIds);
            refunds = List.copyOf(refunds);
        }
    }

    private record Head(long id, String number, long employerId, String status, long shippingFee, long shippingCard,
                        @Nullable Long ledgerAccountId, @Nullable String cardBrand, @Nullable String cardLast4) {
    }

    private record Line(long id, long offerId, String title, Delivery delivery, String stockKind, int quantity,
                        LineState state, Money card) {
    }

    private record Part(@Nullable Long lineId, long grantId, String kind, String campaignName, Money amount) {
    }

    private record Grant(long id, long campaignId, LocalDate expiresOn, String status) {
    }

    private final Jdbc jdbc;
    private final Ledger ledger;
    private final Outbox outbox;
    private final OrderMails mails;
    private final CardRefunds cardRefunds;
    private final Clock clock;

    CancelOrderLines(Jdbc jdbc, Ledger ledger, Outbox outbox, OrderMails mails, CardRefunds cardRefunds, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.outbox = outbox;
        this.mails = mails;
        this.cardRefunds = cardRefunds;
        this.clock = clock;
    }

    @Transactional
    public Outcome cancel(long employeeId, long orderId, List<Long> named) {
        Optional<Head> found = jdbc.one("""
                SELECT id, number, employer_id, status, shipping_fee_cents, shipping_card_cents, ledger_account_id,
                       card_brand, card_last4
                FROM customer_order WHERE id = ? AND employee_id = ? FOR UPDATE""", row -> new Head(row.getLong("id"),
                row.getString("number"), row.getLong("employer_id"), row.getString("status"),
                row.getLong("shipping_fee_cents"), row.getLong("shipping_card_cents"),
                Jdbc.nullableLong(row, "ledger_account_id"), row.getString("card_brand"),
                row.getString("card_last4")), orderId, employeeId);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Head head = found.get();
        if (!"PAID".equals(head.status())) {
            return new Refused(Refusal.of(GeneralRefusal.CONFLICT));
        }
        List<Line> lines = jdbc.list("""
                SELECT id, offer_id, title, delivery, stock_kind, quantity, state, card_cents FROM order_line
                WHERE order_id = ? ORDER BY position""", row -> new Line(row.getLong("id"), row.getLong("offer_id"),
                row.getString("title"), Delivery.valueOf(row.getString("delivery")), row.getString("stock_kind"),
                row.getInt("quantity"), LineState.valueOf(row.getString("state")),
                Money.ofCents(row.getLong("card_cents"))), orderId);
        List<Part> parts = jdbc.list("""
                SELECT order_line_id, grant_id, kind, campaign_name, amount_cents FROM order_payment_part
                WHERE order_id = ? ORDER BY id""", row -> new Part(Jdbc.nullableLong(row, "order_line_id"),
                row.getLong("grant_id"), row.getString("kind"), row.getString("campaign_name"),
                Money.ofCents(row.getLong("amount_cents"))), orderId);
        boolean feeRefunded = jdbc.number("SELECT COUNT(*) FROM order_cancellation WHERE order_id = ? "
                + "AND shipping_refunded", orderId) > 0;
        Order order = order(head, lines, parts, feeRefunded);
        List<LineId> lineIds = named.stream().map(id -> LineId.of(Long.toString(id))).toList();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ParisFormats.PARIS);
        List<Long> grantIds = parts.stream().map(Part::grantId).distinct().sorted().toList();

        // A first look, nothing locked but the order: a refusal stops here.
        Cancellation first = order.cancel(lineIds, today, standings(grants(grantIds, false)));
        if (first instanceof Cancellation.Refused refused) {
            return new Refused(refused.refusal());
        }
        // Accepted: stock first (offers in id order, as checkout locks them), then the grants (in id order, as the
        // expiry job and revocation lock them), then the ledger's accounts; decided again on the locked grants.
        List<Line> cancelled = named.stream()
                .map(id -> lines.stream().filter(line -> line.id() == id).findFirst().orElseThrow()).toList();
        giveStockBack(orderId, cancelled);
        Map<Long, Grant> grants = grants(grantIds, true);
        Cancellation.Accepted accepted = (Cancellation.Accepted) order.cancel(lineIds, today, standings(grants));
        Refund refund = accepted.refund();

        Instant now = clock.instant();
        for (Line line : cancelled) {
            int changed = jdbc.update("UPDATE order_line SET state = 'CANCELLED' WHERE id = ? AND order_id = ? "
                    + "AND state IN ('PAID', 'PREPARING')", line.id(), orderId);
            if (changed != 1) {
                throw new IllegalStateException("Line " + line.id() + " of order " + orderId + " moved meanwhile");
            }
        }
        Optional<String> intent = refund.toCard().isPositive()
                ? jdbc.one("SELECT intent_id FROM payment_attempt WHERE order_id = ? AND outcome = 'AUTHORISED' "
                + "ORDER BY id DESC LIMIT 1", row -> row.getString(1), orderId) : Optional.empty();
        if (refund.toCard().isPositive() && intent.isEmpty()) {
            throw new IllegalStateException("Order " + orderId + " has a card part but no authorised payment");
        }
        String refundKey = "cancellation-" + UUID.randomUUID();
        long cancellationId = jdbc.insert("""
                INSERT INTO order_cancellation (order_id, employee_id, created_at, shipping_refunded, card_cents,
                    refund_key, card_intent_id, card_state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", orderId, employeeId, now, refund.shippingRefunded(),
                refund.toCard().cents(), refundKey, intent.orElse(null),
                refund.toCard().isPositive() ? CardRefunds.PENDING : CardRefunds.NONE);
        jdbc.insertRows("order_cancellation_line", List.of("cancellation_id", "order_line_id"),
                cancelled.stream().map(line -> new Object[] {cancellationId, line.id()}).toList());

        Map<Long, Part> grantInfo = new HashMap<>();
        parts.forEach(part -> grantInfo.putIfAbsent(part.grantId(), part));
        List<RefundPart> refunds = new ArrayList<>();
        refund.toGrants().forEach((grant, amount) -> refunds.add(grantPart(Destination.GRANT, grant, amount,
                grantInfo)));
        refund.toEmployerBudget().forEach((grant, amount) -> refunds.add(grantPart(Destination.EMPLOYER_BUDGET, grant,
                amount, grantInfo)));
        if (refund.toCard().isPositive()) {
            refunds.add(new RefundPart(Destination.CARD, null, null, null, head.cardBrand(), head.cardLast4(),
                    refund.toCard()));
        }
        moveMoney(head, employeeId, refund, grants);
        jdbc.insertRows("order_refund_part", List.of("cancellation_id", "destination", "grant_id", "kind",
                        "campaign_name", "amount_cents"),
                refunds.stream().map(part -> new Object[] {cancellationId, part.destination().name(), part.grantId(),
                        part.kind(), part.campaignName(), part.amount().cents()}).toList());

        List<Long> cancelledIds = cancelled.stream().map(Line::id).toList();
        outbox.append(new OrderLinesCancelled(cancellationId, orderId, head.number(), head.employerId(), employeeId,
                now, cancelledIds, refund.shippingRefunded(),
                refunds.stream().map(part -> new OrderLinesCancelled.Refund(part.destination().name(), part.grantId(),
                        part.amount().cents())).toList(), refund.total().cents(),
                refund.toCard().isPositive() ? refundKey : null));
        String language = mails.languageOf(employeeId);
        mails.cancellation(employeeId, orderId, head.number(), cancelled.stream().map(Line::title).toList(),
                refund.shippingRefunded(), refunds.stream().map(part -> mailLine(part, language)).toList(),
                refund.total());
        if (refund.toCard().isPositive()) {
            cardRefunds.afterCommit(cancellationId);
        }
        LOG.info("Order {}: lines {} cancelled (cancellation {}), {} given back", orderId, cancelledIds,
                cancellationId, refund.total());
        return new Cancelled(cancellationId, cancelledIds, refund.shippingRefunded(), refunds, refund.total());
    }

    private static Order order(Head head, List<Line> lines, List<Part> parts, boolean feeRefunded) {
        List<OrderLine> orderLines = new ArrayList<>();
        for (Line line : lines) {
            orderLines.add(new OrderLine(LineId.of(Long.toString(line.id())), line.delivery(), line.state(),
                    paid(parts, line.id(), line.card()), line.state().isWithCarrier() ? Optional.of(NOT_KEPT)
                    : Optional.empty()));
        }
        Optional<ShippingFee> shipping = head.shippingFee() > 0
                ? Optional.of(new ShippingFee(paid(parts, null, Money.ofCents(head.shippingCard())), feeRefunded))
                : Optional.empty();
        return new Order(OrderNumber.of(head.number()), orderLines, shipping);
    }

    private static PaidParts paid(List<Part> parts, @Nullable Long lineId, Money card) {
        Map<GrantId, Money> grants = new LinkedHashMap<>();
        for (Part part : parts) {
            if (java.util.Objects.equals(part.lineId(), lineId)) {
                grants.merge(GrantId.of(Long.toString(part.grantId())), part.amount(), Money::plus);
            }
        }
        return new PaidParts(grants, card);
    }

    private Map<Long, Grant> grants(List<Long> ids, boolean lock) {
        Map<Long, Grant> grants = new TreeMap<>();
        if (ids.isEmpty()) {
            return grants;
        }
        jdbc.list("SELECT id, campaign_id, expires_on, status FROM allowance_grant WHERE id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY id"
                        + (lock ? " FOR UPDATE" : ""),
                row -> grants.put(row.getLong("id"), new Grant(row.getLong("id"), row.getLong("campaign_id"),
                        row.getObject("expires_on", LocalDate.class), row.getString("status"))), ids.toArray());
        return grants;
    }

    /**
     * A grant takes its part back while valid on the day and ACTIVE: one the expiry job or HR already ended is
     * treated as revoked, since its balance was already returned to the budget.
     */
    private static Map<GrantId, GrantStanding> standings(Map<Long, Grant> grants) {
        Map<GrantId, GrantStanding> standings = new HashMap<>();
        grants.forEach((id, grant) -> standings.put(GrantId.of(Long.toString(id)),
                new GrantStanding(grant.expiresOn(), !"ACTIVE".equals(grant.status()))));
        return standings;
    }

    private void giveStockBack(long orderId, List<Line> cancelled) {
        List<Line> byOffer = cancelled.stream().sorted(java.util.Comparator.comparingLong(Line::offerId)).toList();
        for (Line line : byOffer) {
            if ("CODES".equals(line.stockKind())) {
                // Issued when the order was paid, never e-mailed (a sent line cannot be cancelled): back to the stock.
                List<Long> codes = jdbc.list("""
                        SELECT id FROM offer_stock_code WHERE held_by_order = ? AND offer_id = ?
                        ORDER BY id DESC LIMIT ? FOR UPDATE""", row -> row.getLong(1), orderId, line.offerId(),
                        line.quantity());
                for (Long code : codes) {
                    jdbc.update("UPDATE offer_stock_code SET issued = FALSE, issued_at = NULL, held_by_order = NULL "
                            + "WHERE id = ?", code);
                }
            } else {
                jdbc.update("UPDATE offer SET stock_count = stock_count + ? WHERE id = ?", line.quantity(),
                        line.offerId());
            }
        }
    }

    private void moveMoney(Head head, long employeeId, Refund refund, Map<Long, Grant> grants) {
        if (refund.toGrants().isEmpty() && refund.toEmployerBudget().isEmpty()) {
            return;
        }
        if (head.ledgerAccountId() == null) {
            throw new IllegalStateException("Order " + head.id() + " was paid by grants but has no ledger account");
        }
        long orderAccount = head.ledgerAccountId();
        String label = "Annulation " + head.number();
        if (!refund.toGrants().isEmpty()) {
            List<Posting.Leg> legs = new ArrayList<>();
            Money total = Money.ZERO;
            for (Map.Entry<GrantId, Money> part : refund.toGrants().entrySet()) {
                long grantId = Long.parseLong(part.getKey().value());
                long account = ledger.accountOf(head.employerId(), LedgerAccountType.GRANT, grantId)
                        .orElseThrow(() -> new IllegalStateException("Grant " + grantId + " has no account"));
                legs.add(new Posting.Leg(account, part.getValue()));
                total = total.plus(part.getValue());
            }
            legs.add(new Posting.Leg(orderAccount, total.negate()));
            post(new Movement(head.employerId(), MovementKind.REFUND, null, label, employeeId), legs, head);
        }
        if (!refund.toEmployerBudget().isEmpty()) {
            long budget = ledger.employerAccounts(head.employerId()).budgetId();
            Map<Long, Money> byCampaign = new TreeMap<>();
            refund.toEmployerBudget().forEach((grant, amount) -> byCampaign.merge(
                    grants.get(Long.parseLong(grant.value())).campaignId(), amount, Money::plus));
            for (Map.Entry<Long, Money> campaign : byCampaign.entrySet()) {
                post(new Movement(head.employerId(), MovementKind.REFUND_AFTER_EXPIRY, campaign.getKey(), label,
                        employeeId), List.of(new Posting.Leg(orderAccount, campaign.getValue().negate()),
                        new Posting.Leg(budget, campaign.getValue())), head);
            }
        }
    }

    private void post(Movement movement, List<Posting.Leg> legs, Head head) {
        PostingResult result = ledger.post(movement, new Posting(legs));
        if (result instanceof PostingResult.Overdrawn) {
            throw new IllegalStateException("Refunding order " + head.id() + " would overdraw its account");
        }
    }

    private static RefundPart grantPart(Destination destination, GrantId grant, Money amount, Map<Long, Part> info) {
        long id = Long.parseLong(grant.value());
        Part part = info.get(id);
        return new RefundPart(destination, id, part.kind(), part.campaignName(), null, null, amount);
    }

    private static OrderMails.RefundLine mailLine(RefundPart part, String language) {
        return switch (part.destination()) {
            case GRANT, EMPLOYER_BUDGET -> new OrderMails.RefundLine(part.destination().name(),
                    part.amount().format(language), Optional.of(part.kind()), Optional.of(part.campaignName()));
            case CARD -> new OrderMails.RefundLine(part.destination().name(), part.amount().format(language),
                    Optional.ofNullable(part.cardBrand()), Optional.ofNullable(part.cardLast4()));
        };
    }
}
