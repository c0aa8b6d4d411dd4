package org.openbenefits.platform.outbox;

import java.time.Instant;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The outbox table. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxEvents extends CrudRepository<OutboxEventRow, Long> {

    /**
     * The oldest unpublished events, locked for this transaction. SKIP LOCKED lets several relay instances work side
     * by side without publishing the same row twice at the same time.
     */
    @Query(value = """
            SELECT * FROM outbox_event
            WHERE published_at IS NULL
            ORDER BY id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxEventRow> lockUnpublished(int limit);

    @Query("UPDATE outbox_event SET published_at = :publishedAt WHERE id IN (:ids)")
    void markPublished(List<Long> ids, Instant publishedAt);

    long countByPublishedAtIsNull();

    @Query("DELETE FROM outbox_event WHERE record_key IN (:recordKeys)")
    int deleteByRecordKeys(List<String> recordKeys);
}
