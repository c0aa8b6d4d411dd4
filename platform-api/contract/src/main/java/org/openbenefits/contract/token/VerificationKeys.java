package org.openbenefits.contract.token;

import java.util.Optional;

import com.nimbusds.jose.jwk.ECKey;

/** Where a checker finds the public key a token names by its key id: platform-api's own set, or a portal's cached copy. */
@FunctionalInterface
public interface VerificationKeys {

    /** The public key with this id, if it is one of platform-api's. */
    Optional<ECKey> forKeyId(String keyId);
}
