package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The import's limits and the HTTP server's must agree, or a file within the import's limit would get the framework's
 * refusal: platform-api does not start with limits that disagree, and says what to set.
 */
class ImportLimitsConfigurationTest {

    private static final long TEN_MB = 10L * 1024 * 1024;
    private static final long ELEVEN_MB = 11L * 1024 * 1024;

    @Test
    void limits_the_server_lets_in_are_accepted() {
        ImportLimits limits = new ImportLimits(TEN_MB, 100_000, 1_000, ELEVEN_MB, ELEVEN_MB, TEN_MB);

        assertThat(limits.maxFileBytes()).isEqualTo(TEN_MB);
        assertThat(limits.maxLines()).isEqualTo(100_000);
        assertThat(limits.maxListedErrors()).isEqualTo(1_000);
    }

    @Test
    void an_import_limit_above_what_the_server_lets_in_refuses_to_start_and_names_the_settings() {
        assertThatThrownBy(() -> new ImportLimits(TEN_MB, 100_000, 1_000, TEN_MB, TEN_MB, TEN_MB))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("platform.imports.max-file-size").hasMessageContaining("max-request-size");
        assertThatThrownBy(() -> new ImportLimits(TEN_MB, 100_000, 1_000, ELEVEN_MB, ELEVEN_MB, TEN_MB / 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("micronaut.server.multipart.max-file-size");
    }
}
