package org.openbenefits.platform.employee;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * What one CSV import (or preview) may hold, so that memory stays flat whatever is posted (ADR 0006, "Revised"):
 * <ul>
 *   <li>{@code platform.imports.max-file-size} (10MB): larger files are refused at once, 413 import.csv-too-large;</li>
 *   <li>{@code platform.imports.max-lines} (100,000 data lines, a large employer's whole staff): more lines are
 *       refused before anything is queued or written, 400 import.csv-too-many-lines;</li>
 *   <li>{@code platform.imports.max-listed-errors} (1,000): a report lists the first errors only, and counts all.</li>
 * </ul>
 * The HTTP server must let such a file in, and little more: checked at start-up, so that the framework's own limits
 * (max-request-size, max-request-buffer-size, multipart max-file-size) and these agree, and a too-large upload always
 * gets the same answer ({@link ImportController}). The server's limits are read as the properties they are, with the
 * framework's defaults, so that the import's rules need nothing of HTTP.
 */
@Context
class ImportLimits {

    /** What a multipart upload adds around the file: boundaries and part headers, with room to spare. */
    static final long MULTIPART_ENVELOPE = 64 * 1024;

    private final long maxFileBytes;
    private final int maxLines;
    private final int maxListedErrors;

    ImportLimits(@Value("${platform.imports.max-file-size:10MB}") @ReadableBytes long maxFileBytes,
                 @Value("${platform.imports.max-lines:100000}") int maxLines,
                 @Value("${platform.imports.max-listed-errors:1000}") int maxListedErrors,
                 @Value("${micronaut.server.max-request-size:10MB}") @ReadableBytes long maxRequestSize,
                 @Value("${micronaut.server.max-request-buffer-size:10MB}") @ReadableBytes long maxRequestBufferSize,
                 @Value("${micronaut.server.multipart.max-file-size:1MB}") @ReadableBytes long multipartMaxFileSize) {
        if (maxFileBytes < 1 || maxLines < 1 || maxListedErrors < 0) {
            throw new IllegalStateException("platform.imports.max-file-size and max-lines must be positive, "
                    + "max-listed-errors at least 0");
        }
        long maxBody = Math.min(maxRequestSize, maxRequestBufferSize);
        if (maxBody < maxFileBytes + MULTIPART_ENVELOPE || multipartMaxFileSize < maxFileBytes) {
            throw new IllegalStateException("platform.imports.max-file-size (" + maxFileBytes + " bytes) must fit "
                    + "in micronaut.server.multipart.max-file-size (" + multipartMaxFileSize + ") and, with "
                    + MULTIPART_ENVELOPE + " bytes to spare, in micronaut.server.max-request-size (" + maxRequestSize
                    + ") and max-request-buffer-size (" + maxRequestBufferSize + "): raise those or lower the import "
                    + "limit");
        }
        this.maxFileBytes = maxFileBytes;
        this.maxLines = maxLines;
        this.maxListedErrors = maxListedErrors;
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    int maxLines() {
        return maxLines;
    }

    int maxListedErrors() {
        return maxListedErrors;
    }
}
