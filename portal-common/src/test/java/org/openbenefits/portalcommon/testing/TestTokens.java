package org.openbenefits.portalcommon.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.openbenefits.contract.token.AccessTokenClaims;
import org.openbenefits.contract.token.AccessTokenFormat;
import org.openbenefits.contract.token.AccessTokenSigner;
import org.openbenefits.contract.token.SigningKeySet;
import org.openbenefits.testkit.TestSigningKeys;

/**
 * Access tokens as platform-api signs them (ES256 with the test JVM's key, same claims), for portal tests that need a
 * signed-in person without running platform-api; {@link TestJwks} publishes the matching public key.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token for account 42 of employer 7 (none for staff), valid for ten minutes. */
    public static String accessToken(String role) {
        return accessToken(role, Instant.now().plusSeconds(600));
    }

    public static String accessToken(String role, Instant expiresAt) {
        Long employer = role.equals("EMPLOYEE") || role.equals("HR_MANAGER") ? 7L : null;
        Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(expiresAt.isAfter(Instant.now()) ? 0 : 600);
        return new AccessTokenSigner(TestSigningKeys.get().signingKey()).sign(new AccessTokenClaims(42, role, employer,
                "test-session", "camille.martin@acme.example", "Camille Martin", "fr", issuedAt, expiresAt));
    }

    /**
     * Tokens naming a person of {@code role} that no portal may believe, by the attack that makes them: the shared
     * secret of old releases, no signature, a key of the attacker's under our key id, our key but another issuer or
     * audience, no expiry, a lifetime of a year, a start in the future.
     */
    public static Map<String, String> forged(String role) {
        ECKey ours = TestSigningKeys.get().signingKey();
        ECKey stranger = new ECKey.Builder(SigningKeySet.generate(LocalDate.of(2026, 1, 1)).signingKey())
                .keyID(ours.getKeyID()).build();
        Map<String, String> forged = new LinkedHashMap<>();
        try {
            SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                    .keyID(ours.getKeyID()).build(), claims(role).build());
            hs256.sign(new MACSigner("dev-only-jwt-secret-do-not-use-in-production-0123456789".getBytes(StandardCharsets.UTF_8)));
            forged.put("HS256 with the old development secret", hs256.serialize());
            forged.put("unsigned (alg none)", new PlainJWT(claims(role).build()).serialize());
            forged.put("signed by an unknown key under our key id", es256(stranger, claims(role)));
            forged.put("another issuer", es256(ours, claims(role).issuer("https://attacker.example")));
            forged.put("another audience", es256(ours, claims(role).audience("another-api")));
            forged.put("no expiry", es256(ours, claims(role).expirationTime(null)));
            forged.put("valid for a year", es256(ours, claims(role).expirationTime(Date.from(Instant.now().plusSeconds(31_536_000)))));
            forged.put("not valid before tomorrow", es256(ours, claims(role).notBeforeTime(Date.from(Instant.now().plusSeconds(86_400)))));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return forged;
    }

    private static JWTClaimsSet.Builder claims(String role) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(AccessTokenFormat.ISSUER)
                .audience(AccessTokenFormat.AUDIENCE).subject("42").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).claim("roles", List.of(role)).claim("sid", "test-session")
                .claim("email", "camille.martin@acme.example").claim("name", "Camille Martin").claim("lang", "fr");
        return role.equals("EMPLOYEE") || role.equals("HR_MANAGER") ? claims.claim("employerId", 7L) : claims;
    }

    private static String es256(ECKey key, JWTClaimsSet.Builder claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("at+jwt"))
                .keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
