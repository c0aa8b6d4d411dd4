-- CSV imports of employees run in the background (issue "identity and access"). The row is the job's state, shared by
-- every instance: progress is written in short transactions of its own while the profiles, invitations and outbox
-- rows are written in one transaction that commits with status DONE, or not at all. A RUNNING job whose updated_at
-- is older than platform.imports.stale-after (15 minutes) lost its server and reads FAILED.
CREATE TABLE employee_import_job (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    employer_id      BIGINT       NOT NULL,
    started_by       BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    total_lines      INT          NOT NULL,
    processed_lines  INT          NOT NULL,
    report           MEDIUMTEXT   NULL,
    failure          VARCHAR(500) NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    finished_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_employee_import_job_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_employee_import_job_account FOREIGN KEY (started_by) REFERENCES user_account (id),
    INDEX ix_employee_import_job_employer (employer_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
