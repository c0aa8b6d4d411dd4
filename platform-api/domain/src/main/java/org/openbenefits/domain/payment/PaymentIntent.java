package org.openbenefits.domain.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.Refusal;

/**
 * One attempt to take an order's card remainder, shaped like the payment intents of real card processors
 * (docs/domain-rules.md, "Payment"; ADR 0012). Immutable: every move answers a new intent inside an
 * {@link IntentChange}, or a refusal with a code; {@link IntentState} lists the states, and the methods below are the
 * only moves. Amounts are exact cents; a refund never takes more than what was captured and not yet refunded.
 *
 * @param id        the gateway's id
 * @param order     the order the card pays the rest of
 * @param amount    what the card is asked, positive
 * @param state     where it stands
 * @param card      the card confirmed on it (token, brand, last four), once confirmed
 * @param captured  what was taken from the card: zero, or the whole amount
 * @param refunded  what was given back of it, never more than captured
 * @param declined  why the card was not authorised, on a {@link IntentState#FAILED} intent
 * @param createdAt when it was created
 * @param updatedAt when it last moved
 */
public record PaymentIntent(PaymentIntentId id, OrderNumber order, Money amount, IntentState state,
                            Optional<StoredCard> card, Money captured, Money refunded,
                            Optional<DeclineReason> declined, Instant createdAt, Instant updatedAt) {

    public PaymentIntent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(declined, "declined");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment intent asks a positive amount: " + id);
        }
        if (!(state.isCaptured() ? captured.equals(amount) : captured.isZero())) {
            throw new IllegalArgumentException("A captured intent captured its amount, another nothing: " + id);
        }
        if (refunded.isNegative() || refunded.compareTo(captured) > 0) {
            throw new IllegalArgumentException("An intent refunds between nothing and what it captured: " + id);
        }
        boolean refundedAsStated = switch (state) {
            case PARTIALLY_REFUNDED -> refunded.isPositive() && refunded.compareTo(captured) < 0;
            case REFUNDED -> refunded.equals(captured);
            default -> refunded.isZero();
        };
        if (!refundedAsStated) {
            throw new IllegalArgumentException("The amount refunded does not match the state " + state + ": " + id);
        }
        if (declined.isPresent() != (state == IntentState.FAILED)) {
            throw new IllegalArgumentException("Only a failed intent, and every one, says why: " + id);
        }
        if (card.isEmpty() && state != IntentState.CREATED && state != IntentState.CANCELLED) {
            throw new IllegalArgumentException("An intent past creation has a card: " + id);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("An intent moves after its creation: " + id);
        }
    }

    /** A new intent for the card remainder of an order. */
    public static PaymentIntent create(PaymentIntentId id, OrderNumber order, Money amount, Instant at) {
        return new PaymentIntent(id, order, amount, IntentState.CREATED, Optional.empty(), Money.ZERO, Money.ZERO,
                Optional.empty(), at, at);
    }

    /** What may still be refunded: what was captured and not yet given back. */
    public Money refundable() {
        return captured.minus(refunded);
    }

    /**
     * The card is confirmed on a {@link IntentState#CREATED} intent and the gateway answered: authorised, a 3-D Secure
     * challenge first, or declined (the intent fails, and the attempt counts against the order).
     */
    public IntentChange confirm(StoredCard with, GatewayAnswer answer, Instant at) {
        Objects.requireNonNull(with, "with");
        Objects.requireNonNull(answer, "answer");
        if (state != IntentState.CREATED) {
            return notAllowed("confirm");
        }
        return switch (answer) {
            case GatewayAnswer.Authorised authorised -> moved(IntentState.AUTHORISED, Optional.of(with), Money.ZERO,
                    Money.ZERO, Optional.empty(), at);
            case GatewayAnswer.ChallengeRequired challenge -> moved(IntentState.REQUIRES_ACTION, Optional.of(with),
                    Money.ZERO, Money.ZERO, Optional.empty(), at);
            case GatewayAnswer.Declined declined -> moved(IntentState.FAILED, Optional.of(with), Money.ZERO,
                    Money.ZERO, Optional.of(declined.reason()), at);
        };
    }

    /** The holder went through the 3-D Secure page of a {@link IntentState#REQUIRES_ACTION} intent: the bank's answer. */
    public IntentChange completeChallenge(GatewayAnswer answer, Instant at) {
        Objects.requireNonNull(answer, "answer");
        if (state != IntentState.REQUIRES_ACTION) {
            return notAllowed("complete-challenge");
        }
        return switch (answer) {
            case GatewayAnswer.Authorised authorised -> moved(IntentState.AUTHORISED, card, Money.ZERO, Money.ZERO,
                    Optional.empty(), at);
            case GatewayAnswer.Declined declined -> moved(IntentState.FAILED, card, Money.ZERO, Money.ZERO,
                    Optional.of(declined.reason()), at);
            case GatewayAnswer.ChallengeRequired challenge ->
                    throw new IllegalArgumentException("A challenge is answered, not challenged again: " + id);
        };
    }

    /** The authorised amount is taken from the card: the order is paid. */
    public IntentChange capture(Instant at) {
        if (state != IntentState.AUTHORISED) {
            return notAllowed("capture");
        }
        return moved(IntentState.CAPTURED, card, amount, Money.ZERO, Optional.empty(), at);
    }

    /**
     * The payment is given up before any money was taken (checkout failed elsewhere, timed out, or the holder left the
     * 3-D Secure page): an authorisation is released.
     */
    public IntentChange cancel(Instant at) {
        if (!state.isUnderWay()) {
            return notAllowed("cancel");
        }
        return moved(IntentState.CANCELLED, card, Money.ZERO, Money.ZERO, Optional.empty(), at);
    }

    /**
     * Gives back part or all of what was captured (a cancelled order line's card part). Several refunds add up, never
     * beyond what was captured: a refund of more than {@link #refundable()} is refused and nothing moves.
     */
    public IntentChange refund(Money part, Instant at) {
        Objects.requireNonNull(part, "part");
        if (state != IntentState.CAPTURED && state != IntentState.PARTIALLY_REFUNDED) {
            return notAllowed("refund");
        }
        if (!part.isPositive()) {
            return new IntentChange.Refused(Refusal.onField("amountCents", FieldCode.NOT_POSITIVE));
        }
        if (part.compareTo(refundable()) > 0) {
            return new IntentChange.Refused(Refusal.of(PaymentRefusal.REFUND_EXCEEDS_CAPTURED, "intent", id.value(),
                    "requested", part, "refundable", refundable()));
        }
        Money after = refunded.plus(part);
        IntentState next = after.equals(captured) ? IntentState.REFUNDED : IntentState.PARTIALLY_REFUNDED;
        return moved(next, card, captured, after, Optional.empty(), at);
    }

    private IntentChange moved(IntentState next, Optional<StoredCard> withCard, Money capturedNow, Money refundedNow,
                               Optional<DeclineReason> reason, Instant at) {
        Objects.requireNonNull(at, "at");
        PaymentIntent after = new PaymentIntent(id, order, amount, next, withCard, capturedNow, refundedNow, reason,
                createdAt, at.isBefore(updatedAt) ? updatedAt : at);
        return new IntentChange.Moved(after, state);
    }

    private IntentChange notAllowed(String action) {
        return new IntentChange.Refused(Refusal.of(PaymentRefusal.TRANSITION_NOT_ALLOWED, "intent", id.value(),
                "state", state.name(), "action", action));
    }
}
