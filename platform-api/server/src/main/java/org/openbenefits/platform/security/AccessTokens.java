package org.openbenefits.platform.security;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.UserAccountRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues the short-lived signed JWT that callers send as {@code Authorization: Bearer ...}, and reads a validated
 * one back into a {@link CurrentUser}. Claims: {@code sub} = account id, {@code roles}, {@code employerId} (absent
 * for staff), {@code email}, {@code name} (first and last name, for the portals' header) and {@code lang} (the
 * account's language, {@code fr} or {@code en}). Only {@code sub}, {@code roles} and {@code employerId} decide what
 * the caller may do; the others are for display and may lag behind a change until the next refresh.
 */
@Singleton
public class AccessTokens {

    public static final String EMPLOYER_ID = "employerId";
    public static final String EMAIL = "email";
    public static final String NAME = "name";
    public static final String LANGUAGE = "lang";

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);
    private static final String DEVELOPMENT_SECRET_PREFIX = "dev-only-";

    private final TokenGenerator generator;
    private final Duration lifetime;

    AccessTokens(TokenGenerator generator,
                 @Value("${platform.security.access-token-lifetime:15m}") Duration lifetime,
                 @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        if (secret.length() < 32) {
            // HS256 needs 256 bits; a shorter secret would start but refuse every token.
            throw new IllegalStateException("JWT_SECRET must hold at least 32 characters");
        }
        if (secret.startsWith(DEVELOPMENT_SECRET_PREFIX)) {
            LOG.warn("JWT_SECRET is not set: access tokens are signed with the development secret. Set it in production.");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalStateException("platform.security.access-token-lifetime must be positive");
        }
        this.generator = generator;
        this.lifetime = lifetime;
    }

    /** A signed access token for the account, valid for {@link #lifetimeSeconds()}. */
    public String issue(UserAccountRow account) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(EMAIL, account.email());
        attributes.put(NAME, (account.firstName() + " " + account.lastName()).strip());
        attributes.put(LANGUAGE, account.language());
        if (account.employerId() != null) {
            attributes.put(EMPLOYER_ID, account.employerId());
        }
        Authentication authentication = Authentication.build(String.valueOf(account.id()),
                List.of(account.role().name()), attributes);
        return generator.generateToken(authentication, Math.toIntExact(lifetimeSeconds()))
                .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /** The caller an access token names; empty if its claims are not ours (then the caller is treated as anonymous). */
    static Optional<CurrentUser> currentUser(Authentication authentication) {
        try {
            long id = Long.parseLong(authentication.getName());
            Role role = authentication.getRoles().stream().map(Role::valueOf).findFirst().orElse(null);
            if (role == null) {
                return Optional.empty();
            }
            Object employer = authentication.getAttributes().get(EMPLOYER_ID);
            Long employerId = employer instanceof Number number ? Long.valueOf(number.longValue())
                    : employer instanceof String text ? Long.valueOf(text) : null;
            return Optional.of(new CurrentUser(id, role, employerId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
