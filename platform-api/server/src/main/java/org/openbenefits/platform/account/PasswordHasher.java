package org.openbenefits.platform.account;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Hashes passwords with Argon2id at OWASP's minimum parameters (19 MiB of memory, 2 iterations, 1 lane).
 * The clear password never leaves this class and is never logged.
 */
@Singleton
public class PasswordHasher {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

    public String hash(CharSequence password) {
        return encoder.encode(password);
    }

    public boolean matches(CharSequence password, String hash) {
        return hash != null && encoder.matches(password, hash);
    }
}
