package org.openbenefits.platform.checkout;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.BeanProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.domain.cart.CartRefusal;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CartFingerprint;
import org.openbenefits.domain.payment.CheckoutRefusal;
import org.openbenefits.domain.payment.IdempotencyDecision;
import org.openbenefits.domain.payment.IdempotencyKey;
import org.openbenefits.domain.pricing.AdvantageCode;
import org.openbenefits.domain.pricing.CodeOutcome;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.payment.CardPayments;
import org.openbenefits.platform.payment.CardPayments.PaymentRequest;
import org.openbenefits.platform.payment.CardPayments.StartedPayment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An employee checks out their cart (DESIGN 3.5; ADR 0012 and 0013). The idempotency key's record first: the same
 * key and content replays the first answer, other content or a first request still running is refused. Then one
 * short transaction quotes the cart again (prices, stock, allocation), refuses it if it cannot be paid or if a price
 * differs from the one the employee saw, and creates the order pending payment with its holds: grants (a HOLD
 * movement), stock (conditional updates, codes reserved), the advantage code's use. Nothing held when any of it fails.
 * Then, with no transaction open: an order the allowances pay in full is paid at once; otherwise the gateway is asked
 * for a payment page for the card part, which the answer gives.
 */
@Singleton
public class PlaceCheckout {

    private static final Logger LOG = LoggerFactory.getLogger(PlaceCheckout.class);
    private static final int DEADLOCK_RETRIES = 3;

    /** The checkout asked for, its input checked at the edge. */
    public record Command(long employerId, long employeeId, IdempotencyKey key, List<Item> items,
                          Optional<String> advantageCode, String deliveryEmail, Optional<Orders.PostalAddress> address,
                          URI returnTo) {

        public Command {
            items = List.copyOf(items);
        }
    }

    /** A cart line: the offer, how many, and the unit price the employee saw. */
    public record Item(long offerId, int quantity, Money unitPrice) {
    }

    /** What the checkout answered; the first answer of a key is replayed as it was. */
    public sealed interface Outcome {
    }

    /**
     * The order was placed: paid at once, or awaiting the card part at {@code paymentUrl} until {@code holdExpiresAt}.
     */
    public record Placed(long orderId, OrderNumber number, boolean paid, Money total, Money allowances, Money card,
                         Optional<URI> paymentUrl, Optional<Instant> holdExpiresAt) implements Outcome {
    }

    /** Refused: nothing is held. */
    public record Refused(Refusal refusal) implements Outcome {
    }

    /** The order the first transaction created. */
    private record Opened(long orderId, OrderNumber number, Money total, Money allowances, Money card,
                          Instant holdExpiresAt) {
    }

    private final QuoteCart quoteCart;
    private final Orders orders;
    private final Holds holds;
    private final OrderSettlement settlement;
    private final CheckoutRequests requests;
    /** Looked up when first called: the platform starts, and allowance-only checkouts work, without a gateway. */
    private final BeanProvider<CardPayments> cardPayments;
    private final CheckoutSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Jdbc jdbc;
    private final Clock clock;

    PlaceCheckout(QuoteCart quoteCart, Orders orders, Holds holds, OrderSettlement settlement,
                  CheckoutRequests requests, BeanProvider<CardPayments> cardPayments, CheckoutSettings settings,
                  TransactionOperations<Connection> transactions, Jdbc jdbc, Clock clock) {
        this.quoteCart = quoteCart;
        this.orders = orders;
        this.holds = holds;
        this.settlement = settlement;
        this.requests = requests;
        this.cardPayments = cardPayments;
        this.settings = settings;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @return the order placed, or the refusal (also a replayed one)
     * @throws Refused {@code checkout.idempotency-key-reused}, {@code checkout.in-progress} (with a time to retry
     *                 after), or {@code service.unavailable} when the payment service could not be reached (nothing
     *                 held, the key free again)
     */
    public Outcome checkout(Command command) {
        CheckoutRequests.Begun begun = requests.begin(command.employeeId(), command.key(), fingerprint(command),
                clock.instant());
        if (begun instanceof CheckoutRequests.Decided(IdempotencyDecision<Outcome> decision)) {
            return switch (decision) {
                case IdempotencyDecision.Replay<Outcome> replay -> replay.answer();
                case IdempotencyDecision.Refused<Outcome> refused -> throw refused.refusal().toException();
                case IdempotencyDecision.Proceed<Outcome> proceed ->
                        throw new IllegalStateException("A decided request does not proceed");
            };
        }
        long requestId = ((CheckoutRequests.Run) begun).id();
        Outcome outcome;
        try {
            outcome = run(command);
        } catch (Exception e) {
            requests.forget(requestId);
            throw e;
        }
        requests.answer(requestId, outcome, outcome instanceof Placed placed ? Optional.of(placed.orderId())
                : Optional.empty());
        return outcome;
    }

    private Outcome run(Command command) {
        Opened opened;
        try {
            opened = openWithRetries(command);
        } catch (CheckoutRefusedException refused) {
            return new Refused(refused.refusal);
        }
        if (opened.card().isZero()) {
            settlement.pay(opened.orderId(), Optional.empty());
            return new Placed(opened.orderId(), opened.number(), true, opened.total(), opened.allowances(),
                    Money.ZERO, Optional.empty(), Optional.empty());
        }
        StartedPayment started;
        try {
            started = cardPayments.get().start(new PaymentRequest(opened.orderId(), opened.number(), opened.card(),
                    command.returnTo(), "order-" + opened.orderId() + "-attempt-1"));
        } catch (RuntimeException unreachable) {
            LOG.warn("The payment service could not start the payment of order {}: {}", opened.orderId(),
                    unreachable.toString());
            settlement.release(opened.orderId(), Orders.Status.REFUSED, GeneralRefusal.UNAVAILABLE.code(),
                    command.employeeId());
            throw Refusal.of(GeneralRefusal.UNAVAILABLE).toException();
        }
        transactions.executeWrite(status -> {
            orders.insertAttempt(opened.orderId(), started.intent().value(), opened.card(),
                    started.hostedPage().toString(), clock.instant());
            return null;
        });
        return new Placed(opened.orderId(), opened.number(), false, opened.total(), opened.allowances(),
                opened.card(), Optional.of(started.hostedPage()), Optional.of(opened.holdExpiresAt()));
    }

    private Opened openWithRetries(Command command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.executeWrite(status -> open(command));
            } catch (Exception e) {
                // The JDBC layer lets SQLException through unwrapped.
                if (attempt >= DEADLOCK_RETRIES || !isDeadlock(e)) {
                    throw e;
                }
                LOG.info("Checkout transaction rolled back by the database (deadlock or lock wait), retried");
            }
        }
    }

    private static boolean isDeadlock(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /** The first transaction: quote, check, create the order and place its holds, or roll all back with a refusal. */
    private Opened open(Command command) {
        Quote quote = quoteCart.quote(command.employerId(), command.employeeId(), new CartContent(
                command.items().stream().map(item -> new CartContent.Item(item.offerId(), item.quantity())).toList(),
                command.advantageCode()));
        check(command, quote);
        Instant now = clock.instant();
        Instant holdExpiresAt = now.plus(settings.holdTime());
        Money shippingCard = quote.shipping().map(line -> line.card()).orElse(Money.ZERO);
        long orderId = orders.insert(new Orders.NewOrder(command.employerId(), command.employeeId(),
                quote.priced().gross(), quote.discount(), quote.shippingFee(), quote.total(), quote.allowances(),
                quote.card(), shippingCard, command.deliveryEmail(), command.address(), quote.shipBy(), holdExpiresAt,
                now));
        OrderNumber number = Orders.number(now, orderId);
        // Stock first, offers in id order, then the ledger's accounts: every checkout locks in the same order.
        List<QuotedLine> byOffer = new ArrayList<>(quote.lines());
        byOffer.sort(Comparator.comparingLong(QuotedLine::offerId));
        java.util.Map<Long, String> stockKinds = new java.util.HashMap<>();
        for (QuotedLine line : byOffer) {
            Optional<String> held = holds.holdStock(orderId, line.offerId(), line.quantity());
            if (held.isEmpty()) {
                throw new CheckoutRefusedException(Refusal.of(CartRefusal.SOLD_OUT, "offer", line.offerId(),
                        "title", line.title()));
            }
            stockKinds.put(line.offerId(), held.get());
        }
        Map<Long, Money> grantTotals = quote.grantTotals();
        if (!grantTotals.isEmpty()) {
            switch (holds.holdGrants(command.employerId(), command.employeeId(), orderId, number, grantTotals)) {
                case Holds.Held held -> orders.setLedgerAccount(orderId, held.orderAccountId());
                case Holds.Overdrawn overdrawn ->
                        throw new CheckoutRefusedException(Refusal.of(CheckoutRefusal.BALANCE_CHANGED));
            }
        }
        int position = 0;
        for (QuotedLine line : quote.lines()) {
            long lineId = orders.insertLine(orderId, position++, line, stockKinds.get(line.offerId()));
            orders.insertParts(orderId, lineId, line.parts());
        }
        orders.insertParts(orderId, null, quote.shippingParts());
        if (quote.priced().code() instanceof CodeOutcome.Applied applied) {
            useCode(orderId, command.employeeId(), applied.code(), now);
        }
        return new Opened(orderId, number, quote.total(), quote.allowances(), quote.card(), holdExpiresAt);
    }

    private void useCode(long orderId, long employeeId, AdvantageCode code, Instant now) {
        long codeId = jdbc.one("SELECT id FROM advantage_code WHERE code = ?", row -> row.getLong(1), code.code())
                .orElseThrow(() -> new IllegalStateException("The advantage code applied is not stored"));
        jdbc.update("INSERT INTO advantage_code_use (code_id, employee_id, order_id, used_at) VALUES (?, ?, ?, ?)",
                codeId, employeeId, orderId, now);
        orders.setAdvantageCode(orderId, codeId);
    }

    /** The cart as quoted must be payable, at the prices the employee saw, with an address exactly when posted. */
    private static void check(Command command, Quote quote) {
        if (!quote.problems().isEmpty()) {
            throw new CheckoutRefusedException(quote.problems().getFirst());
        }
        if (!quote.payable()) {
            throw new CheckoutRefusedException(Refusal.of(CartRefusal.EMPTY));
        }
        if (command.advantageCode().isPresent()
                && quote.priced().code() instanceof CodeOutcome.NotApplied notApplied) {
            throw new CheckoutRefusedException(notApplied.refusal());
        }
        for (Item item : command.items()) {
            Optional<QuotedLine> line = quote.lines().stream().filter(l -> l.offerId() == item.offerId()).findFirst();
            if (line.isPresent() && !line.get().unitPrice().equals(item.unitPrice())) {
                throw new CheckoutRefusedException(Refusal.of(CartRefusal.PRICE_CHANGED, "offer", item.offerId(),
                        "title", line.get().title(), "before", item.unitPrice(), "now", line.get().unitPrice()));
            }
        }
        boolean posted = quote.lines().stream().anyMatch(line -> line.delivery().isPostal());
        if (posted && command.address().isEmpty()) {
            throw new CheckoutRefusedException(Refusal.onField("postalAddress", FieldCode.REQUIRED));
        }
        if (!posted && command.address().isPresent()) {
            throw new CheckoutRefusedException(Refusal.onField("postalAddress",
                    CheckoutRefusal.POSTAL_ADDRESS_NOT_NEEDED));
        }
    }

    /** Everything the request asked, in a fixed order: a retry with the key must ask exactly this. */
    static CartFingerprint fingerprint(Command command) {
        List<String> parts = new ArrayList<>();
        parts.add("items:" + command.items().size());
        for (Item item : command.items()) {
            parts.add(item.offerId() + "x" + item.quantity() + "@" + item.unitPrice().cents());
        }
        parts.add("code:" + command.advantageCode().orElse(""));
        parts.add("email:" + command.deliveryEmail());
        parts.add("address:" + command.address().isPresent());
        command.address().ifPresent(address -> {
            parts.add(address.line1());
            parts.add(Objects.toString(address.line2(), ""));
            parts.add(address.postalCode());
            parts.add(address.city());
            parts.add(address.country());
        });
        parts.add("returnTo:" + command.returnTo());
        return CartFingerprint.of(parts);
    }

    /** Checks the items' offers are named once each; the edge refuses the request otherwise. */
    static @Nullable Integer firstRepeatedOffer(List<Item> items) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).offerId())) {
                return i;
            }
        }
        return null;
    }

    /** Rolls the first transaction back with the refusal the employee is answered. */
    private static final class CheckoutRefusedException extends RuntimeException {

        private final transient Refusal refusal;

        CheckoutRefusedException(Refusal refusal) {
            super(refusal.code().code(), null, false, false);
            this.refusal = refusal;
        }
    }
}
