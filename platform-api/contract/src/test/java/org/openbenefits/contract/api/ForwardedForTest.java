package org.openbenefits.contract.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ForwardedForTest {

    @Test
    void without_trusted_proxies_the_tcp_peer_is_the_client_whatever_the_headers_say() {
        ForwardedFor addresses = ForwardedFor.trusting("");

        assertThat(addresses.clientOf("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(ForwardedFor.trusting(null).clientOf("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behind_a_trusted_proxy_the_right_most_untrusted_hop_is_the_client_so_a_forged_header_does_not_help() {
        ForwardedFor addresses = ForwardedFor.trusting("10.0.0.0/8, 127.0.0.1");

        assertThat(addresses.clientOf("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(addresses.clientOf("10.1.2.3", List.of("6.6.6.6, 198.51.100.1, 10.0.0.9"))).isEqualTo("198.51.100.1");
        assertThat(addresses.clientOf("127.0.0.1", List.of("6.6.6.6", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void a_peer_that_is_not_a_trusted_proxy_cannot_choose_its_address() {
        ForwardedFor addresses = ForwardedFor.trusting("10.0.0.0/8");

        assertThat(addresses.clientOf("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(addresses.clientOf("11.0.0.1", List.of("198.51.100.1"))).isEqualTo("11.0.0.1");
    }

    @Test
    void a_trusted_proxy_without_header_is_taken_as_the_client_and_so_is_the_left_most_of_trusted_hops_only() {
        ForwardedFor addresses = ForwardedFor.trusting("10.0.0.0/8");

        assertThat(addresses.clientOf("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(addresses.clientOf("10.1.2.3", List.of("10.0.0.5, 10.0.0.6"))).isEqualTo("10.0.0.5");
    }

    @Test
    void a_hop_that_is_no_ip_address_is_never_trusted_and_a_trusted_one_written_differently_still_is() {
        ForwardedFor addresses = ForwardedFor.trusting("10.0.0.0/8");

        assertThat(addresses.clientOf("10.1.2.3", List.of("203.0.113.9, unknown"))).isEqualTo("unknown");
        assertThat(addresses.clientOf("10.1.2.3", List.of("203.0.113.9, [::ffff:10.0.0.1]"))).isEqualTo("203.0.113.9");
    }

    @Test
    void ipv6_ranges_are_understood_and_addresses_come_out_in_one_canonical_form() {
        ForwardedFor addresses = ForwardedFor.trusting("fd00::/8");

        assertThat(addresses.clientOf("fd12::1", List.of("2001:DB8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(addresses.clientOf("[2001:db8::7]", List.of())).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void an_ipv6_client_is_limited_by_its_slash_64_and_an_ipv4_client_by_its_address() {
        assertThat(ForwardedFor.limitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(ForwardedFor.limitKey("2001:db8:1:2::1"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ForwardedFor.limitKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ForwardedFor.limitKey("unknown")).isEqualTo("unknown");
    }

    @Test
    void a_host_name_or_a_bad_range_in_the_setting_is_refused_rather_than_looked_up() {
        assertThatThrownBy(() -> ForwardedFor.trusting("proxy.internal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> ForwardedFor.trusting("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForwardedFor.trusting("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
