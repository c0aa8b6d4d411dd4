package org.openbenefits.contract.api.employee;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A CSV import running in the background, as the portal polls it to show progress. The valid lines are created
 * all together at the end or not at all: a FAILED import created nobody.
 *
 * @param id             the job id, for {@code GET /api/v1/employees/imports/{id}}
 * @param status         RUNNING, DONE or FAILED; a job silent for 15 minutes (its server stopped) reads FAILED
 * @param totalLines     data lines in the file, header excluded
 * @param processedLines lines handled so far, from 0 to {@code totalLines}
 * @param report         what the import did, once DONE
 * @param failure        why it failed, in French, when FAILED
 * @param createdAt      when the file was received
 * @param finishedAt     when it ended, DONE or FAILED
 */
@Serdeable
public record ImportJobView(
        long id,
        @Schema(allowableValues = {"RUNNING", "DONE", "FAILED"}) String status,
        int totalLines,
        int processedLines,
        @Nullable ImportReport report,
        @Nullable String failure,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
}
