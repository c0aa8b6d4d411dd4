package org.openbenefits.platform.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The audit log; read newest first. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEntries extends CrudRepository<AuditEntryRow, Long> {

    Page<AuditEntryRow> findByEmployerId(Long employerId, Pageable pageable);

    Page<AuditEntryRow> findAll(Pageable pageable);
}
