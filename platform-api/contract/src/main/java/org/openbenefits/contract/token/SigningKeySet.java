package org.openbenefits.contract.token;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * platform-api's access-token keys, as a JWK set of EC P-256 private keys. The first key signs; every key verifies
 * and is published. Rotating is therefore three edits of the set (docs/runbook.md): add a key at the end, move it
 * first, later drop the old one. Messages never contain key material.
 */
public final class SigningKeySet {

    private final List<ECKey> keys;

    private SigningKeySet(List<ECKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * Reads a JWK set.
     *
     * @throws IllegalArgumentException saying what is wrong: not JSON, no key, a key that is not a P-256 private
     *                                  key, a missing or repeated key id
     */
    public static SigningKeySet parse(String json) {
        JWKSet set;
        try {
            set = JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the signing keys are not a JWK set (JSON with a \"keys\" array)");
        }
        if (set.getKeys().isEmpty()) {
            throw new IllegalArgumentException("the JWK set of signing keys holds no key");
        }
        List<ECKey> keys = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JWK jwk : set.getKeys()) {
            String id = jwk.getKeyID();
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("every signing key needs a key id (\"kid\")");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException("two signing keys have the key id " + id);
            }
            if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || !ec.isPrivate()) {
                throw new IllegalArgumentException("signing key " + id + " is not an EC P-256 private key (kty EC, crv P-256, with d)");
            }
            if ((ec.getKeyUse() != null && !KeyUse.SIGNATURE.equals(ec.getKeyUse()))
                    || (ec.getAlgorithm() != null && !JWSAlgorithm.ES256.equals(ec.getAlgorithm()))) {
                throw new IllegalArgumentException("signing key " + id + " is not for ES256 signatures (use sig, alg ES256)");
            }
            keys.add(ec);
        }
        return new SigningKeySet(keys);
    }

    /** A set of one new key, its id made of today's date and random characters. */
    public static SigningKeySet generate(LocalDate today) {
        return new SigningKeySet(List.of(newKey(today)));
    }

    /** This set with a new key added last: published and verifying, not signing yet. */
    public SigningKeySet withNewKey(LocalDate today) {
        List<ECKey> next = new ArrayList<>(keys);
        next.add(newKey(today));
        return new SigningKeySet(next);
    }

    /** This set with its last key moved first, so that it signs from now on. */
    public SigningKeySet withLastKeySigning() {
        List<ECKey> next = new ArrayList<>(keys);
        next.addFirst(next.removeLast());
        return new SigningKeySet(next);
    }

    /** This set with only its signing key, once every token signed by the others has expired. */
    public SigningKeySet withOnlySigningKey() {
        return new SigningKeySet(List.of(keys.getFirst()));
    }

    public ECKey signingKey() {
        return keys.getFirst();
    }

    /** The public half of every key, as published at {@link AccessTokenFormat#JWKS_PATH}. */
    public JWKSet publicKeys() {
        return new JWKSet(new ArrayList<JWK>(keys)).toPublicJWKSet();
    }

    public Optional<ECKey> publicKey(String keyId) {
        return keys.stream().filter(key -> key.getKeyID().equals(keyId)).findFirst().map(ECKey::toPublicJWK);
    }

    public List<String> keyIds() {
        return keys.stream().map(ECKey::getKeyID).toList();
    }

    /** The whole set with its private keys, as JSON: a secret, for the key file. */
    public String toPrivateJson() {
        return new JWKSet(new ArrayList<JWK>(keys)).toString(false);
    }

    private static ECKey newKey(LocalDate today) {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyID(today + "-" + UUID.randomUUID().toString().substring(0, 8))
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every JDK can make EC P-256 keys", e);
        }
    }
}
