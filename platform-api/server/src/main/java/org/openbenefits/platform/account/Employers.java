package org.openbenefits.platform.account;

import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The employers. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface Employers extends CrudRepository<EmployerRow, Long> {

    Optional<EmployerRow> findByName(String name);
}
