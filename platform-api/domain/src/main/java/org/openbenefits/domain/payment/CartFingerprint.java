package org.openbenefits.domain.payment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a checkout request asked, reduced to a SHA-256 in hex, so that a retry with the same idempotency key can be
 * told from another cart sent under it. The caller gives the request's content as parts in a fixed order (each line's
 * offer and quantity, the advantage code, the delivery e-mail...); each part is prefixed with its length, so that no
 * two different lists of parts give the same text.
 *
 * @param sha256 64 lower-case hex digits
 */
public record CartFingerprint(String sha256) {

    public CartFingerprint {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A cart fingerprint is 64 lower-case hex digits");
        }
    }

    /** The fingerprint of a request's content, given as parts in a fixed order. */
    public static CartFingerprint of(List<String> parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            Objects.requireNonNull(part, "part");
            text.append(part.length()).append(':').append(part).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new CartFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
