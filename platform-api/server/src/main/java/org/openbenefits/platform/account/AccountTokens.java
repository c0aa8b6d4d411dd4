package org.openbenefits.platform.account;

import java.time.Instant;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/**
 * Single-use link tokens (invitations, password resets, sign-in address changes), found by the hash of the token a
 * person presents.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AccountTokens extends CrudRepository<AccountTokenRow, Long> {

    Optional<AccountTokenRow> findByTokenHashAndPurpose(String tokenHash, AccountTokenRow.Purpose purpose);

    /** The token, locked until the transaction ends, so that two requests cannot both spend it. */
    @Query(value = "SELECT * FROM account_token WHERE token_hash = :tokenHash AND purpose = :purpose FOR UPDATE",
            nativeQuery = true)
    Optional<AccountTokenRow> lockByTokenHash(String tokenHash, String purpose);

    /** The account's newest link of this purpose that may still be spent at {@code now}, e.g. its pending change. */
    @Query(value = """
            SELECT * FROM account_token
            WHERE user_account_id = :userAccountId AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
            ORDER BY id DESC LIMIT 1""", nativeQuery = true)
    Optional<AccountTokenRow> findUsable(long userAccountId, String purpose, Instant now);

    @Query("UPDATE account_token SET used_at = :usedAt WHERE id = :id")
    void markUsed(long id, Instant usedAt);

    /** Forgets the links of this purpose not spent yet: a new link replaces them. */
    @Query("DELETE FROM account_token WHERE user_account_id = :userAccountId AND purpose = :purpose AND used_at IS NULL")
    void deleteUnused(long userAccountId, String purpose);

    /** Forgets every link of the account, used or not: the account is being deleted. */
    @Query("DELETE FROM account_token WHERE user_account_id = :userAccountId")
    void deleteAllOf(long userAccountId);
}
