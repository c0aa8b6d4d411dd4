package org.openbenefits.platform.account;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.openbenefits.domain.identity.Role;

/** A row of the user_account table: a person who signs in. {@code employerId} is null for platform staff. */
@MappedEntity("user_account")
public record UserAccountRow(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long employerId,
        String email,
        @Nullable String passwordHash,
        Role role,
        String firstName,
        String lastName,
        AccountStatus status,
        String language,
        Instant createdAt) {

    /** Whether the person can sign in. */
    public enum AccountStatus {
        INVITED,
        ACTIVE,
        DEACTIVATED,
        /** Deleted at the person's request: personal fields anonymised, no sign-in, the id kept for the ledger. */
        DELETED
    }
}
