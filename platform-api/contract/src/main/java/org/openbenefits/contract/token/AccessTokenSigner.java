package org.openbenefits.contract.token;

import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs access tokens in the {@link AccessTokenFormat} with one EC P-256 private key, named in the header by its key id. */
public final class AccessTokenSigner {

    private final ECKey key;
    private final ECDSASigner signer;

    /** @throws IllegalArgumentException if the key is not a P-256 private key with a key id */
    public AccessTokenSigner(ECKey key) {
        if (!Curve.P_256.equals(key.getCurve()) || !key.isPrivate() || key.getKeyID() == null) {
            throw new IllegalArgumentException("An access-token signing key is an EC P-256 private key with a key id (kid)");
        }
        try {
            this.key = key;
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("The signing key cannot sign: " + e.getMessage(), e);
        }
    }

    public String keyId() {
        return key.getKeyID();
    }

    public String sign(AccessTokenClaims claims) {
        JWTClaimsSet.Builder body = new JWTClaimsSet.Builder()
                .issuer(AccessTokenFormat.ISSUER)
                .audience(AccessTokenFormat.AUDIENCE)
                .subject(Long.toString(claims.accountId()))
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .claim(AccessTokenFormat.ROLES, List.of(claims.role()))
                .claim(AccessTokenFormat.SESSION_ID, claims.sessionId())
                .claim(AccessTokenFormat.EMAIL, claims.email())
                .claim(AccessTokenFormat.NAME, claims.name())
                .claim(AccessTokenFormat.LANGUAGE, claims.language());
        if (claims.employerId() != null) {
            body.claim(AccessTokenFormat.EMPLOYER_ID, claims.employerId());
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType(AccessTokenFormat.TYPE))
                .keyID(key.getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, body.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("The access token could not be signed", e);
        }
        return jwt.serialize();
    }
}
