package org.openbenefits.platform.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Refresh tokens, found by the hash of the token presented. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokens extends CrudRepository<RefreshTokenRow, Long> {

    /** The token, locked until the transaction ends, so that one token cannot be spent twice concurrently. */
    @Query(value = "SELECT * FROM refresh_token WHERE token_hash = :tokenHash FOR UPDATE", nativeQuery = true)
    Optional<RefreshTokenRow> lockByTokenHash(String tokenHash);

    @Query("UPDATE refresh_token SET revoked_at = :revokedAt, revoked_reason = :reason WHERE id = :id")
    void revoke(long id, Instant revokedAt, String reason);

    @Query("""
            UPDATE refresh_token SET revoked_at = :revokedAt, revoked_reason = :reason
            WHERE family_id = :familyId AND revoked_at IS NULL""")
    int revokeFamily(String familyId, Instant revokedAt, String reason);

    @Query("""
            UPDATE refresh_token SET revoked_at = :revokedAt, revoked_reason = :reason
            WHERE user_account_id = :userAccountId AND revoked_at IS NULL""")
    int revokeAllOfAccount(long userAccountId, Instant revokedAt, String reason);

    long countByFamilyIdAndRevokedAtIsNull(String familyId);

    List<RefreshTokenRow> findByUserAccountIdOrderById(long userAccountId);
}
