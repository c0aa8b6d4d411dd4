package org.openbenefits.platform.account;

import java.time.Instant;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of the account_token table: a single-use link's token, kept as its SHA-256 only. {@code newEmail} is the
 * address an {@link Purpose#EMAIL_CHANGE} link gives the account, null for the other purposes.
 */
@MappedEntity("account_token")
public record AccountTokenRow(
        @Id @GeneratedValue @Nullable Long id,
        Purpose purpose,
        String tokenHash,
        long userAccountId,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable String newEmail) {

    @Creator
    public AccountTokenRow {
    }

    /** A link that carries no address (invitation, password reset). */
    public AccountTokenRow(@Nullable Long id, Purpose purpose, String tokenHash, long userAccountId, Instant createdAt,
                           Instant expiresAt, @Nullable Instant usedAt) {
        this(id, purpose, tokenHash, userAccountId, createdAt, expiresAt, usedAt, null);
    }

    /** What the link does. */
    public enum Purpose {
        /** Activates an invited account by choosing a password; 7 days. */
        INVITATION,
        /** Replaces a forgotten password; 1 hour. */
        PASSWORD_RESET,
        /** Gives the account the sign-in address it carries, proving the person receives mail there; 24 hours. */
        EMAIL_CHANGE
    }

    /** Whether the token may still be spent at {@code now}. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Neither the token's hash nor the address: rows may end up in logs. */
    @Override
    public String toString() {
        return "AccountTokenRow[id=" + id + ", purpose=" + purpose + ", userAccountId=" + userAccountId
                + ", expiresAt=" + expiresAt + ", usedAt=" + usedAt + "]";
    }
}
