package org.openbenefits.delivery.inbox;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The events already handled. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProcessedEvents extends CrudRepository<ProcessedEventRow, String> {
}
