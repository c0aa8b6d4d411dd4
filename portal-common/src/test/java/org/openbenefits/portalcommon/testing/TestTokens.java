package org.openbenefits.portalcommon.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens as platform-api signs them (HS256, same claims), for portal tests that need a signed-in person
 * without running platform-api. {@link #DEVELOPMENT_SECRET} is the secret both sides use when JWT_SECRET is unset.
 */
public final class TestTokens {

    public static final String DEVELOPMENT_SECRET = "dev-only-jwt-secret-do-not-use-in-production-0123456789";

    private TestTokens() {
    }

    /** A token for account 42 of employer 7 (none for staff), valid for ten minutes. */
    public static String accessToken(String role) {
        return accessToken(DEVELOPMENT_SECRET, role, Instant.now().plusSeconds(600));
    }

    public static String accessToken(String secret, String role, Instant expiresAt) {
        String employer = role.equals("EMPLOYEE") || role.equals("HR_MANAGER") ? ",\"employerId\":7" : "";
        String claims = "{\"sub\":\"42\",\"roles\":[\"" + role + "\"]" + employer
                + ",\"email\":\"camille.martin@acme.example\",\"name\":\"Camille Martin\",\"lang\":\"fr\""
                + ",\"iat\":" + Instant.now().getEpochSecond() + ",\"exp\":" + expiresAt.getEpochSecond() + "}";
        String signingInput = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + part(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
