package org.openbenefits.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.nimbusds.jose.jwk.ECKey;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.token.SigningKeySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys that sign and verify access tokens, read at start-up from {@code JWT_SIGNING_KEYS_FILE} (a file holding a
 * JWK set, e.g. a mounted secret) or {@code JWT_SIGNING_KEYS} (the JWK set itself). platform-api refuses to start
 * without them: there is no default key. {@code ./run} makes one on its first start; operators make theirs with
 * {@code java -jar platform-api-server.jar signing-keys new} (docs/runbook.md).
 */
@Context
public class SigningKeys {

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    static final String HOW_TO = "Set JWT_SIGNING_KEYS_FILE to a file holding the JWK set of access-token signing keys "
            + "(make one with: java -jar platform-api-server.jar signing-keys new > signing-keys.json), "
            + "or JWT_SIGNING_KEYS to the JWK set itself. See docs/runbook.md, \"Access-token signing keys\".";

    private final SigningKeySet keys;

    SigningKeys(@Nullable @Value("${platform.security.signing-keys-file:}") String file,
                @Nullable @Value("${platform.security.signing-keys:}") String inline) {
        this.keys = load(file, inline);
        LOG.info("Access tokens are signed with key {}; {} key(s) published", keys.signingKey().getKeyID(),
                keys.keyIds().size());
    }

    public static SigningKeySet load(@Nullable String file, @Nullable String inline) {
        boolean hasFile = file != null && !file.isBlank();
        boolean hasInline = inline != null && !inline.isBlank();
        if (hasFile && hasInline) {
            throw new StartupRefusal("Both JWT_SIGNING_KEYS_FILE and JWT_SIGNING_KEYS are set: keep only one.");
        }
        if (!hasFile && !hasInline) {
            throw new StartupRefusal("No access-token signing key is configured. " + HOW_TO);
        }
        String json = inline;
        if (hasFile) {
            try {
                json = Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new StartupRefusal("JWT_SIGNING_KEYS_FILE (" + file.strip() + ") cannot be read: "
                        + e.getClass().getSimpleName() + ". " + HOW_TO);
            }
        }
        try {
            return SigningKeySet.parse(json);
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal("The access-token signing keys are not usable: " + e.getMessage() + ". " + HOW_TO);
        }
    }

    /** The private key that signs new tokens: the first of the set. */
    ECKey signingKey() {
        return keys.signingKey();
    }

    /** Any key of the set, public half only, by its id. */
    public Optional<ECKey> publicKey(String keyId) {
        return keys.publicKey(keyId);
    }

    /** The JWK set of the public keys, as published. */
    public String publishedJson() {
        return keys.publicKeys().toString();
    }
}
