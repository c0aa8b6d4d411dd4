package org.openbenefits.portalcommon.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/orders", "/orders/42?tab=lines", "/catalogue?q=cin%C3%A9ma", "/%2F%2Fevil.example"})
    void a_path_on_this_site_is_kept(String path) {
        assertThat(LocalPath.orHome(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "http://evil.example", "//evil.example", "///evil.example",
            "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", "javascript:alert(1)",
            "evil.example", "orders", "/orders#top", "", " /orders"})
    void anything_that_could_leave_the_site_becomes_the_home_page(String candidate) {
        assertThat(LocalPath.orHome(candidate)).isEqualTo("/");
    }

    @Test
    void no_target_means_the_home_page() {
        assertThat(LocalPath.orHome(null)).isEqualTo("/");
    }
}
