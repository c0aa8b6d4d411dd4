package org.openbenefits.contract.token;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks an access token in the {@link AccessTokenFormat}: the algorithm pinned to ES256 whatever the header says
 * elsewhere, the type, a key id naming one of platform-api's keys, the signature, the issuer, the audience, and the
 * dates ({@code exp} and {@code iat} required, {@code nbf} honoured, no lifetime longer than a token of ours can
 * have). Anything else (no signature, another algorithm, a key sent inside the token, a foreign issuer) is refused.
 * Whether the account may still act is platform-api's question, not this class's.
 */
public final class AccessTokenVerifier {

    /** Far longer than any token of ours; longer input is refused before it is parsed. */
    private static final int LONGEST_TOKEN = 8_192;
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final JOSEObjectType TYPE = new JOSEObjectType(AccessTokenFormat.TYPE);

    private final VerificationKeys keys;
    private final Clock clock;

    public AccessTokenVerifier(VerificationKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** What the token says, if it is a valid access token of platform-api now; empty otherwise. */
    public Optional<AccessTokenClaims> verify(String token) {
        if (token == null || token.isEmpty() || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!headerIsOurs(jwt.getHeader())) {
                return Optional.empty();
            }
            Optional<ECKey> key = keys.forKeyId(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !Curve.P_256.equals(key.get().getCurve())
                    || !jwt.verify(new ECDSAVerifier(key.get().toECPublicKey()))) {
                return Optional.empty();
            }
            return claims(jwt.getJWTClaimsSet(), clock.instant());
        } catch (ParseException | JOSEException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static boolean headerIsOurs(JWSHeader header) {
        return JWSAlgorithm.ES256.equals(header.getAlgorithm())
                && TYPE.equals(header.getType())
                && header.getKeyID() != null && !header.getKeyID().isBlank()
                && header.getCriticalParams() == null
                && header.getJWK() == null && header.getJWKURL() == null
                && header.getX509CertURL() == null && header.getX509CertChain() == null;
    }

    private static Optional<AccessTokenClaims> claims(JWTClaimsSet claims, Instant now) throws ParseException {
        Instant issuedAt = instant(claims.getIssueTime());
        Instant expiresAt = instant(claims.getExpirationTime());
        Instant notBefore = instant(claims.getNotBeforeTime());
        Duration skew = AccessTokenFormat.CLOCK_SKEW;
        if (!AccessTokenFormat.ISSUER.equals(claims.getIssuer())
                || claims.getAudience() == null || !claims.getAudience().contains(AccessTokenFormat.AUDIENCE)
                || issuedAt == null || expiresAt == null
                || issuedAt.isAfter(now.plus(skew))
                || !now.isBefore(expiresAt)
                || !expiresAt.isAfter(issuedAt)
                || Duration.between(issuedAt, expiresAt).compareTo(AccessTokenFormat.LONGEST_LIFETIME) > 0
                || (notBefore != null && notBefore.isAfter(now.plus(skew)))) {
            return Optional.empty();
        }
        long accountId = Long.parseLong(claims.getSubject());
        List<String> roles = claims.getStringListClaim(AccessTokenFormat.ROLES);
        String sessionId = claims.getStringClaim(AccessTokenFormat.SESSION_ID);
        Long employerId = claims.getLongClaim(AccessTokenFormat.EMPLOYER_ID);
        if (accountId <= 0 || roles == null || roles.size() != 1 || roles.getFirst() == null
                || !ROLE.matcher(roles.getFirst()).matches()
                || sessionId == null || sessionId.isBlank() || sessionId.length() > 64
                || (employerId != null && employerId <= 0)) {
            return Optional.empty();
        }
        return Optional.of(new AccessTokenClaims(accountId, roles.getFirst(), employerId, sessionId,
                text(claims, AccessTokenFormat.EMAIL), text(claims, AccessTokenFormat.NAME),
                "en".equals(claims.getStringClaim(AccessTokenFormat.LANGUAGE)) ? "en" : "fr", issuedAt, expiresAt));
    }

    private static String text(JWTClaimsSet claims, String name) throws ParseException {
        String value = claims.getStringClaim(name);
        return value == null ? "" : value;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
