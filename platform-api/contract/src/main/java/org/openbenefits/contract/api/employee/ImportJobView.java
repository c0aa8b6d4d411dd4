package org.openbenefits.contract.api.employee;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A CSV import running in the background, as the portal polls it to show progress. The valid lines are created
 * all together at the end or not at all: a FAILED import created nobody.
 *
 * @param id             the job id, for {@code GET /api/v1/employee-imports/{id}}
 * @param status         RUNNING, DONE or FAILED; a job whose server stopped reads FAILED within about a minute
 * @param totalLines     data lines in the file, header excluded
 * @param processedLines lines handled so far, from 0 to {@code totalLines}
 * @param report         what the import did, once DONE
 * @param failure        why it failed, when FAILED, in the request's language (the wording of import.interrupted,
 *                       import.busy or import.failed; a French sentence for jobs failed before codes)
 * @param failureCode    why it failed, for clients that word it themselves, when FAILED: {@link #INTERRUPTED} (the
 *                       service running it stopped: a restart, a crash), {@link #BUSY} (too many imports waited: it
 *                       never started) or {@link #ERROR} (an unexpected error); null for jobs failed before codes
 * @param createdAt      when the file was received
 * @param finishedAt     when it ended, DONE or FAILED
 */
@Serdeable
public record ImportJobView(
        long id,
        @Schema(requiredMode = REQUIRED, allowableValues = {"RUNNING", "DONE", "FAILED"}) String status,
        int totalLines,
        int processedLines,
        @Nullable @Schema(type = "object") ImportReport report,
        @Nullable String failure,
        @Nullable @Schema(allowableValues = {"INTERRUPTED", "BUSY", "ERROR"}) String failureCode,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /** The service running the import stopped (restart, crash) before it ended. */
    public static final String INTERRUPTED = "INTERRUPTED";
    /** Too many imports were waiting: this one never started. */
    public static final String BUSY = "BUSY";
    /** An unexpected error ended the import. */
    public static final String ERROR = "ERROR";
}
