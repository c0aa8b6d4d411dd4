package org.openbenefits.domain.payment;

import java.util.List;

import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The refusals of card payment at checkout (docs/domain-rules.md, "Payment"): a typed card at fault (field codes
 * {@code card.*}), a payment intent asked a move its state does not allow, a card the gateway declined, an order out
 * of attempts, a gateway notification that cannot be trusted, and a checkout idempotency key used again. {@code intent}
 * is a payment intent id, {@code order} an order number, states are {@link IntentState} names, amounts {@code Money}.
 *
 * <p>In {@code RefusalCatalogue.AREAS} since the checkout routes answer them; each code is worded in platform-api's
 * {@code i18n/problems*.properties}.
 */
public enum PaymentRefusal implements RefusalCode {

    /** The card number has other characters than digits and spaces. */
    CARD_NUMBER_MALFORMED("card.number-malformed", RefusalKind.FIELD),
    /** The card number is of no brand the platform takes (CB, Visa, Mastercard). */
    CARD_BRAND_UNSUPPORTED("card.brand-unsupported", RefusalKind.FIELD),
    /** The card number has {@code length} digits; its {@code brand} has {@code allowed} (e.g. "13, 16, 19"). */
    CARD_NUMBER_LENGTH("card.number-length", RefusalKind.FIELD, "brand", "length", "allowed"),
    /** The card number fails its check digit (Luhn): a typing error. */
    CARD_NUMBER_CHECK_DIGIT("card.number-check-digit", RefusalKind.FIELD),
    /** The brand chosen ({@code chosen}) is not the card's ({@code brand}); CB may be chosen on any Visa or Mastercard. */
    CARD_BRAND_MISMATCH("card.brand-mismatch", RefusalKind.FIELD, "chosen", "brand"),
    /** The expiry date is not written MM/YY. */
    CARD_EXPIRY_MALFORMED("card.expiry-malformed", RefusalKind.FIELD),
    /** The card's last month of validity, {@code expiry} (MM/YY), is past. */
    CARD_EXPIRED("card.expired", RefusalKind.FIELD, "expiry"),
    /** The security code is not three digits. */
    CARD_SECURITY_CODE_MALFORMED("card.security-code-malformed", RefusalKind.FIELD),

    /** The payment intent cannot do {@code action} in its {@code state}. */
    TRANSITION_NOT_ALLOWED("payment.transition-not-allowed", RefusalKind.CONFLICT, "intent", "state", "action"),
    /** A refund of {@code requested} is more than the {@code refundable} left of what was captured. */
    REFUND_EXCEEDS_CAPTURED("payment.refund-exceeds-captured", RefusalKind.CONFLICT, "intent", "requested",
            "refundable"),

    /** The bank declined the card; {@code attemptsLeft} more cards may be tried for the order. */
    CARD_DECLINED("payment.card-declined", RefusalKind.CONFLICT, "attemptsLeft"),
    /** The account behind the card cannot pay the amount. */
    INSUFFICIENT_FUNDS("payment.insufficient-funds", RefusalKind.CONFLICT, "attemptsLeft"),
    /** The code typed on the 3-D Secure page is not the one the bank sent. */
    AUTHENTICATION_FAILED("payment.authentication-failed", RefusalKind.CONFLICT, "attemptsLeft"),
    /** The holder passed 3-D Secure, then the bank declined the card. */
    DECLINED_AFTER_AUTHENTICATION("payment.declined-after-authentication", RefusalKind.CONFLICT, "attemptsLeft"),

    /** The order had its {@code limit} failed card payments: it is refused, a new checkout starts over. */
    ATTEMPTS_EXHAUSTED("payment.attempts-exhausted", RefusalKind.CONFLICT, "order", "limit"),
    /** A payment of the order is still under way (created, at 3-D Secure, or authorised): wait for it. */
    ATTEMPT_IN_PROGRESS("payment.attempt-in-progress", RefusalKind.CONFLICT, "order"),
    /** The order is paid already: never two charges. */
    ORDER_ALREADY_PAID("payment.order-already-paid", RefusalKind.CONFLICT, "order"),

    /** A gateway notification missing a field or with one unreadable, named by {@code field}. */
    NOTIFICATION_MALFORMED("payment.notification-malformed", RefusalKind.MALFORMED, "field"),
    /** A gateway notification whose signature is not the gateway's. */
    NOTIFICATION_SIGNATURE_INVALID("payment.notification-signature-invalid", RefusalKind.UNAUTHENTICATED),
    /** A gateway notification signed more than {@code toleranceSeconds} away from now (a replay, or a clock adrift). */
    NOTIFICATION_STALE("payment.notification-stale", RefusalKind.UNAUTHENTICATED, "toleranceSeconds"),
    /** A notification of a state the platform reaches only by its own request ({@code state}, e.g. a refund). */
    NOTIFICATION_NOT_APPLICABLE("payment.notification-not-applicable", RefusalKind.CONFLICT, "intent", "state"),

    /** The idempotency key came with other cart content than its first request: use a new key for a new cart. */
    IDEMPOTENCY_KEY_REUSED("checkout.idempotency-key-reused", RefusalKind.CONFLICT),
    /** The first request with this idempotency key is still running: retry after a moment. */
    CHECKOUT_IN_PROGRESS("checkout.in-progress", RefusalKind.CONFLICT);

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    PaymentRefusal(String code, RefusalKind kind, String... parameters) {
        this.code = code;
        this.kind = kind;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalKind kind() {
        return kind;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
