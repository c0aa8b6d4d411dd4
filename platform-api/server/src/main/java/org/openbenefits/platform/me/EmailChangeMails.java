package org.openbenefits.platform.me;

import java.time.Instant;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** When each account's recent sign-in address confirmation e-mails left, for the per-account limit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EmailChangeMails extends CrudRepository<EmailChangeMailRow, Long> {

    @Query("SELECT sent_at FROM email_change_mail WHERE user_account_id = :userAccountId AND sent_at > :after")
    List<Instant> sentAfter(long userAccountId, Instant after);

    /** Forgets the sends that no longer count. */
    @Query("DELETE FROM email_change_mail WHERE user_account_id = :userAccountId AND sent_at <= :until")
    void forgetUntil(long userAccountId, Instant until);

    /** Forgets every send of the account, which is being deleted. */
    @Query("DELETE FROM email_change_mail WHERE user_account_id = :userAccountId")
    void forgetAllOf(long userAccountId);
}
