package org.openbenefits.domain.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openbenefits.domain.refusal.Refusal;

/**
 * Signs and verifies the gateway's server-to-server notifications (docs/domain-rules.md, "Payment"; ADR 0012): an
 * HMAC-SHA256, with the secret shared with the gateway, over the canonical form {@code timestamp \n intent \n state \n
 * reason} of the fields as received (the timestamp in seconds since the epoch, the reason empty unless the state is
 * {@code FAILED}), sent as 64 lower-case hex digits. A notification is verified well-formed first, then its signature
 * (compared in constant time), then its timestamp, which must lie within the tolerance of the instant given, before or
 * after: an old notification replayed is refused even with its genuine signature. Only the JDK's {@code javax.crypto}.
 * Never prints its secret.
 */
public final class NotificationSignature {

    static final String ALGORITHM = "HmacSHA256";
    private static final int MAX_ID_LENGTH = 255;
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final Duration tolerance;

    /**
     * @param secret    the secret shared with the gateway, at least 32 bytes
     * @param tolerance how far a notification's timestamp may be from the instant it is checked at, positive
     */
    public NotificationSignature(byte[] secret, Duration tolerance) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(tolerance, "tolerance");
        if (secret.length < 32) {
            throw new IllegalArgumentException("A notification secret has at least 32 bytes");
        }
        if (tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("The tolerance is positive");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), ALGORITHM);
        this.tolerance = tolerance;
    }

    /** The signature the gateway (or the simulator) sends with a notification. */
    public String sign(GatewayNotification notification) {
        return HEX.formatHex(mac(canonical(String.valueOf(notification.signedAt().getEpochSecond()),
                notification.intent().value(), notification.state().name(),
                notification.reason().map(Enum::name).orElse(""))));
    }

    /** The text signed: the four fields as received, one a line. */
    static String canonical(String timestamp, String intent, String state, String reason) {
        return timestamp + "\n" + intent + "\n" + state + "\n" + reason;
    }

    /**
     * Checks a notification as received.
     *
     * @param intent    the intent id
     * @param state     an {@link IntentState} name
     * @param reason    a {@link DeclineReason} name with {@code FAILED}, otherwise null or empty
     * @param timestamp seconds since the epoch, in decimal
     * @param signature 64 hex digits
     * @param now       when it is checked
     */
    public NotificationCheck verify(String intent, String state, String reason, String timestamp, String signature,
                                    Instant now) {
        Objects.requireNonNull(now, "now");
        if (intent == null || intent.isBlank() || intent.length() > MAX_ID_LENGTH
                || !intent.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return malformed("intent");
        }
        Optional<IntentState> reported = enumOf(IntentState.class, state);
        if (reported.isEmpty()) {
            return malformed("state");
        }
        String reasonText = reason == null ? "" : reason;
        Optional<DeclineReason> why = enumOf(DeclineReason.class, reasonText);
        if (reported.get() == IntentState.FAILED ? why.isEmpty() : !reasonText.isEmpty()) {
            return malformed("reason");
        }
        if (timestamp == null || !timestamp.matches("[0-9]{1,12}")) {
            return malformed("timestamp");
        }
        if (signature == null || !signature.matches("[0-9a-fA-F]{64}")) {
            return malformed("signature");
        }
        byte[] expected = mac(canonical(timestamp, intent, state, reasonText));
        if (!MessageDigest.isEqual(expected, HEX.parseHex(signature))) {
            return new NotificationCheck.Rejected(Refusal.of(PaymentRefusal.NOTIFICATION_SIGNATURE_INVALID));
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(signedAt, now).abs().compareTo(tolerance) > 0) {
            return new NotificationCheck.Rejected(Refusal.of(PaymentRefusal.NOTIFICATION_STALE,
                    "toleranceSeconds", tolerance.toSeconds()));
        }
        return new NotificationCheck.Verified(new GatewayNotification(PaymentIntentId.of(intent), reported.get(), why,
                signedAt));
    }

    private byte[] mac(String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JDK has " + ALGORITHM, e);
        }
    }

    private static NotificationCheck malformed(String field) {
        return new NotificationCheck.Rejected(Refusal.of(PaymentRefusal.NOTIFICATION_MALFORMED, "field", field));
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return "NotificationSignature[" + ALGORITHM + ", tolerance=" + tolerance + "]";
    }
}
