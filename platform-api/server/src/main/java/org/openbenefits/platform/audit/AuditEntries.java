package org.openbenefits.platform.audit;

import java.util.List;

import io.micronaut.data.annotation.Query;
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

    /** The entries a person acted in or that name them as target, oldest first. */
    @Query(value = "SELECT * FROM audit_entry WHERE actor_id = :accountId OR target IN (:targets) ORDER BY id",
            nativeQuery = true)
    List<AuditEntryRow> findConcerning(long accountId, List<String> targets);
}
