package org.openbenefits.platform.auth;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the refresh_token table: one refresh token of a session (family), kept as its SHA-256 only. */
@MappedEntity("refresh_token")
public record RefreshTokenRow(
        @Id @GeneratedValue @Nullable Long id,
        String tokenHash,
        String familyId,
        long userAccountId,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable Revocation revokedReason) {

    /** Why a refresh token stopped working before its expiry. */
    public enum Revocation {
        /** Spent by a refresh, replaced by the next token of its family. */
        ROTATED,
        /** The person signed out. */
        SIGNED_OUT,
        /** A rotated token was presented again: the family is considered stolen. */
        REUSE_DETECTED,
        /** The password was reset: every session of the account ends. */
        PASSWORD_RESET,
        /** The account can no longer sign in (deactivated). */
        ACCOUNT_INACTIVE,
        /** The person deleted their account. */
        ACCOUNT_DELETED,
        /** The sign-in address changed (its confirmation link was used): every session of the account ends. */
        EMAIL_CHANGED
    }
}
