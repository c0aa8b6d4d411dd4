package org.openbenefits.portalcommon.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/**
 * Checks the signature and expiry of a platform-api access token (a JWT signed with HS256 and the secret both
 * sides share, {@code JWT_SECRET}) and reads the person it names. The portal trusts nothing else in the cookie:
 * platform-api checks the same token again on every call.
 */
@Singleton
public class AccessTokenVerifier {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final JsonMapper json;
    private final Clock clock;

    AccessTokenVerifier(@Value("${portal.session.jwt-secret}") String secret, JsonMapper json, Clock clock) {
        if (secret.length() < 32) {
            throw new IllegalStateException("JWT_SECRET must hold at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.json = json;
        this.clock = clock;
    }

    /** The person the token names, if its signature is ours and it has not expired. */
    public Optional<SignedInUser> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Map<String, Object> header = read(parts[0]);
            if (!"HS256".equals(header.get("alg"))) {
                return Optional.empty();
            }
            byte[] expected = sign(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, BASE64URL.decode(parts[2]))) {
                return Optional.empty();
            }
            Map<String, Object> claims = read(parts[1]);
            Instant expiresAt = Instant.ofEpochSecond(number(claims.get("exp")));
            if (!expiresAt.isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new SignedInUser(
                    Long.parseLong(String.valueOf(claims.get("sub"))),
                    firstRole(claims.get("roles")),
                    claims.get("employerId") == null ? null : number(claims.get("employerId")),
                    String.valueOf(claims.getOrDefault("email", "")),
                    String.valueOf(claims.getOrDefault("name", claims.getOrDefault("email", ""))),
                    "en".equals(claims.get("lang")) ? "en" : "fr",
                    token, expiresAt));
        } catch (IllegalArgumentException | IOException | GeneralSecurityException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String signingInput) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(ALGORITHM);
        mac.init(key);
        return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String part) throws IOException {
        return json.readValue(BASE64URL.decode(part), Map.class);
    }

    private static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(String.valueOf(value));
    }

    private static String firstRole(Object roles) {
        if (roles instanceof List<?> list && !list.isEmpty()) {
            return String.valueOf(list.getFirst());
        }
        if (roles instanceof String role && !role.isBlank()) {
            return role;
        }
        throw new IllegalArgumentException("No role in the token");
    }
}
