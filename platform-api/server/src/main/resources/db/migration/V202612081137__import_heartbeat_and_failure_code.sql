-- Import jobs interrupted by a crash are told within a minute, not fifteen (issue "security of what exists", ADR 0006
-- "Revised"): the instance that holds a job (queued or running) writes heartbeat_at every few seconds; a RUNNING job
-- whose heartbeat is older than platform.imports.stale-after (1 minute) lost its instance and is marked FAILED with
-- failure_code INTERRUPTED, at start-up, periodically, and when read. failure_code tells the reasons apart for the
-- portals (INTERRUPTED, BUSY, ERROR); jobs failed before it existed keep NULL.
ALTER TABLE employee_import_job
    ADD COLUMN heartbeat_at TIMESTAMP(6) NULL,
    ADD COLUMN failure_code VARCHAR(32) NULL;

UPDATE employee_import_job SET heartbeat_at = updated_at;

ALTER TABLE employee_import_job MODIFY heartbeat_at TIMESTAMP(6) NOT NULL;

CREATE INDEX ix_employee_import_job_running ON employee_import_job (status, heartbeat_at);
