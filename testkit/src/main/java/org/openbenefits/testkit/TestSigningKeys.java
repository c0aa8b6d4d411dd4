package org.openbenefits.testkit;

import java.time.LocalDate;

import org.openbenefits.contract.token.SigningKeySet;

/**
 * The access-token signing keys of the test JVM: one new key per run, so that no key is committed and none outlives
 * the tests. platform-api under test signs with it ({@link Infrastructure#micronautProperties(String)}); portal
 * tests sign their own tokens with it and serve its public half as platform-api's JWK set.
 */
public final class TestSigningKeys {

    private static final SigningKeySet KEYS = SigningKeySet.generate(LocalDate.of(2026, 1, 1));

    private TestSigningKeys() {
    }

    public static SigningKeySet get() {
        return KEYS;
    }
}
