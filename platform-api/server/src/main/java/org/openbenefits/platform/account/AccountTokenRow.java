package org.openbenefits.platform.account;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the account_token table: a single-use link's token, kept as its SHA-256 only. */
@MappedEntity("account_token")
public record AccountTokenRow(
        @Id @GeneratedValue @Nullable Long id,
        Purpose purpose,
        String tokenHash,
        long userAccountId,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    /** What the link does. */
    public enum Purpose {
        /** Activates an invited account by choosing a password; 7 days. */
        INVITATION,
        /** Replaces a forgotten password; 1 hour. */
        PASSWORD_RESET
    }

    /** Whether the token may still be spent at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
