-- Transactional outbox (docs/adr/0003-transactional-outbox.md): an event row is written in the same transaction as
-- the business change; the relay publishes unpublished rows to Kafka in id order and stamps published_at.
CREATE TABLE outbox_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    event_id      CHAR(36)     NOT NULL,
    topic         VARCHAR(200) NOT NULL,
    record_key    VARCHAR(254) NOT NULL,
    event_type    VARCHAR(100) NOT NULL,
    event_version INT          NOT NULL,
    payload       MEDIUMTEXT   NOT NULL,
    occurred_at   TIMESTAMP(6) NOT NULL,
    published_at  TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_event_event_id UNIQUE (event_id),
    INDEX ix_outbox_event_unpublished (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
