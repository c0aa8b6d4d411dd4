package org.openbenefits.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.refusal.Refusal;

class NotificationSignatureTest {

    private static final byte[] SECRET = "openbenefits-simulator-secret-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final Instant SIGNED = Instant.parse("2026-12-03T10:00:00Z");
    private static final String TIMESTAMP = "1796292000";
    /** HMAC-SHA256 of "1796292000\npi_sim_0001\nAUTHORISED\n" under SECRET, computed with the JDK's Mac (and Python's hmac). */
    private static final String KNOWN = "ebbb889c34050e238392b404fec95b6353253efb8f2a3fe54e614d956ca4f2bb";
    /** The same for "1796292000\npi_sim_0002\nFAILED\nINSUFFICIENT_FUNDS". */
    private static final String KNOWN_FAILED = "0560840ccef2258379c2995449742405fd47b118b02b6c859120e3da4b22a140";

    private final NotificationSignature signature = new NotificationSignature(SECRET, Duration.ofMinutes(5));

    private NotificationCheck verify(String signed, Instant now) {
        return signature.verify("pi_sim_0001", "AUTHORISED", null, TIMESTAMP, signed, now);
    }

    private static Refusal malformed(String field) {
        return Refusal.of(PaymentRefusal.NOTIFICATION_MALFORMED, "field", field);
    }

    @Test
    void the_signature_is_the_hmac_sha256_of_the_canonical_form_in_hex_a_known_vector() {
        GatewayNotification notification = new GatewayNotification(PaymentIntentId.of("pi_sim_0001"),
                IntentState.AUTHORISED, Optional.empty(), SIGNED);
        GatewayNotification failed = new GatewayNotification(PaymentIntentId.of("pi_sim_0002"), IntentState.FAILED,
                Optional.of(DeclineReason.INSUFFICIENT_FUNDS), SIGNED);

        assertThat(NotificationSignature.canonical(TIMESTAMP, "pi_sim_0001", "AUTHORISED", ""))
                .isEqualTo("1796292000\npi_sim_0001\nAUTHORISED\n");
        assertThat(signature.sign(notification)).isEqualTo(KNOWN);
        assertThat(signature.sign(failed)).isEqualTo(KNOWN_FAILED);
    }

    @Test
    void a_notification_with_its_genuine_signature_is_verified_with_its_fields() {
        assertThat(verify(KNOWN, SIGNED.plusSeconds(3))).isEqualTo(new NotificationCheck.Verified(
                new GatewayNotification(PaymentIntentId.of("pi_sim_0001"), IntentState.AUTHORISED, Optional.empty(),
                        SIGNED)));
        assertThat(signature.verify("pi_sim_0002", "FAILED", "INSUFFICIENT_FUNDS", TIMESTAMP, KNOWN_FAILED, SIGNED))
                .isInstanceOf(NotificationCheck.Verified.class);
        assertThat(verify(KNOWN.toUpperCase(), SIGNED)).as("hex in either case").isInstanceOf(
                NotificationCheck.Verified.class);
    }

    @Test
    void a_signature_with_one_byte_flipped_is_refused() {
        byte[] bytes = HexFormat.of().parseHex(KNOWN);
        for (int i = 0; i < bytes.length; i++) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 0x01;
            assertThat(verify(HexFormat.of().formatHex(flipped), SIGNED)).as("byte " + i).isEqualTo(
                    new NotificationCheck.Rejected(Refusal.of(PaymentRefusal.NOTIFICATION_SIGNATURE_INVALID)));
        }
    }

    @Test
    void a_genuine_signature_over_another_field_is_refused() {
        assertThat(signature.verify("pi_sim_0001", "CAPTURED", null, TIMESTAMP, KNOWN, SIGNED))
                .isEqualTo(new NotificationCheck.Rejected(Refusal.of(PaymentRefusal.NOTIFICATION_SIGNATURE_INVALID)));
        assertThat(signature.verify("pi_sim_0001", "AUTHORISED", null, "1796292001", KNOWN, SIGNED.plusSeconds(1)))
                .isEqualTo(new NotificationCheck.Rejected(Refusal.of(PaymentRefusal.NOTIFICATION_SIGNATURE_INVALID)));
    }

    @Test
    void a_signature_made_with_another_secret_is_refused() {
        NotificationSignature other = new NotificationSignature(
                "another-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5));
        String forged = other.sign(new GatewayNotification(PaymentIntentId.of("pi_sim_0001"), IntentState.AUTHORISED,
                Optional.empty(), SIGNED));

        assertThat(verify(forged, SIGNED)).isInstanceOf(NotificationCheck.Rejected.class);
    }

    @Test
    void a_notification_signed_beyond_the_tolerance_before_or_after_now_is_stale_even_genuinely_signed() {
        Refusal stale = Refusal.of(PaymentRefusal.NOTIFICATION_STALE, "toleranceSeconds", 300L);

        assertThat(verify(KNOWN, SIGNED.plusSeconds(300))).isInstanceOf(NotificationCheck.Verified.class);
        assertThat(verify(KNOWN, SIGNED.minusSeconds(300))).isInstanceOf(NotificationCheck.Verified.class);
        assertThat(verify(KNOWN, SIGNED.plusSeconds(301))).isEqualTo(new NotificationCheck.Rejected(stale));
        assertThat(verify(KNOWN, SIGNED.minusSeconds(301))).isEqualTo(new NotificationCheck.Rejected(stale));
    }

    @Test
    void a_malformed_notification_is_refused_naming_the_field_before_any_signature_is_computed() {
        assertThat(signature.verify(null, "AUTHORISED", null, TIMESTAMP, KNOWN, SIGNED))
                .isEqualTo(new NotificationCheck.Rejected(malformed("intent")));
        assertThat(signature.verify("pi 1", "AUTHORISED", null, TIMESTAMP, KNOWN, SIGNED))
                .isEqualTo(new NotificationCheck.Rejected(malformed("intent")));
        assertThat(signature.verify("pi_sim_0001", "PAID", null, TIMESTAMP, KNOWN, SIGNED))
                .isEqualTo(new NotificationCheck.Rejected(malformed("state")));
        assertThat(signature.verify("pi_sim_0001", "FAILED", null, TIMESTAMP, KNOWN, SIGNED))
                .isEqualTo(new NotificationCheck.Rejected(malformed("reason")));
        assertThat(signature.verify("pi_sim_0001", "AUTHORISED", "CARD_DECLINED", TIMESTAMP, KNOWN, SIGNED))
                .isEqualTo(new NotificationCheck.Rejected(malformed("reason")));
        assertThat(signature.verify("pi_sim_0001", "AUTHORISED", "", "2026-12-03T10:00:00Z", KNOWN, SIGNED))
                .isEqualTo(new NotificationCheck.Rejected(malformed("timestamp")));
        assertThat(verify(KNOWN.substring(2), SIGNED)).isEqualTo(new NotificationCheck.Rejected(malformed("signature")));
        assertThat(verify("zz" + KNOWN.substring(2), SIGNED))
                .isEqualTo(new NotificationCheck.Rejected(malformed("signature")));
        assertThat(verify(null, SIGNED)).isEqualTo(new NotificationCheck.Rejected(malformed("signature")));
    }

    @Test
    void a_short_secret_or_no_tolerance_is_a_setting_error_and_the_secret_never_prints() {
        assertThatThrownBy(() -> new NotificationSignature(new byte[31], Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationSignature(SECRET, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(signature.toString()).doesNotContain("openbenefits-simulator-secret");
    }
}
