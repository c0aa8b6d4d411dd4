package org.openbenefits.portalcommon.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void an_https_address_means_the_portal_is_served_over_https() {
        assertThat(PublicUrl.isHttps("https://salaries.acme.example")).isTrue();
        assertThat(PublicUrl.isHttps(" HTTPS://salaries.acme.example/ ")).isTrue();
    }

    @Test
    void a_plain_http_address_or_none_means_plain_http() {
        assertThat(PublicUrl.isHttps("http://127.0.0.1:8081")).isFalse();
        assertThat(PublicUrl.isHttps("")).isFalse();
        assertThat(PublicUrl.isHttps(null)).isFalse();
    }

    @Test
    void over_https_every_cookie_name_takes_the_host_prefix_and_every_cookie_is_secure() {
        PortalCookies cookies = new PortalCookies("ob_employee", true);

        assertThat(cookies.session()).isEqualTo("__Host-ob_employee_session");
        assertThat(cookies.refresh()).isEqualTo("__Host-ob_employee_refresh");
        assertThat(cookies.csrf()).isEqualTo("__Host-ob_employee_csrf");
        assertThat(cookies.flash()).isEqualTo("__Host-ob_employee_flash");
        assertThat(cookies.language()).isEqualTo("__Host-ob_employee_lang");
        assertThat(cookies.cookie(cookies.session(), "x").isSecure()).isTrue();
        assertThat(cookies.cookie(cookies.session(), "x").getPath()).isEqualTo("/");
        assertThat(cookies.cookie(cookies.session(), "x").getDomain()).isNull();
    }

    @Test
    void over_plain_http_names_carry_only_the_portal_prefix() {
        PortalCookies cookies = new PortalCookies("ob_employer", false);

        assertThat(cookies.session()).isEqualTo("ob_employer_session");
        assertThat(cookies.cookie(cookies.session(), "x").isSecure()).isFalse();
    }
}
