package org.openbenefits.platform.account;

import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The people who sign in. E-mail addresses are unique across the platform. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserAccounts extends CrudRepository<UserAccountRow, Long> {

    Optional<UserAccountRow> findByEmail(String email);

    boolean existsByEmail(String email);
}
