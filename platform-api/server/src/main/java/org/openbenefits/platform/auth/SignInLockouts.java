package org.openbenefits.platform.auth;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Accounts' records of wrong passwords; an account without a row has none. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInLockouts extends CrudRepository<SignInLockoutRow, Long> {
}
