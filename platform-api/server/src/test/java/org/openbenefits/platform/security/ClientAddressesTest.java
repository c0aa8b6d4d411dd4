package org.openbenefits.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void without_trusted_proxies_the_tcp_peer_is_the_client_whatever_the_headers_say() {
        ClientAddresses addresses = new ClientAddresses("");

        assertThat(addresses.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behind_a_trusted_proxy_the_last_untrusted_hop_is_the_client_so_a_forged_header_does_not_help() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8, 127.0.0.1");

        assertThat(addresses.of("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(addresses.of("10.1.2.3", List.of("6.6.6.6, 198.51.100.1, 10.0.0.9"))).isEqualTo("198.51.100.1");
        assertThat(addresses.of("127.0.0.1", List.of("6.6.6.6", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void a_peer_that_is_not_a_trusted_proxy_cannot_choose_its_address() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");

        assertThat(addresses.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(addresses.of("11.0.0.1", List.of("198.51.100.1"))).isEqualTo("11.0.0.1");
    }

    @Test
    void a_trusted_proxy_without_header_is_taken_as_the_client() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8");

        assertThat(addresses.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6_ranges_are_understood() {
        ClientAddresses addresses = new ClientAddresses("fd00::/8");

        assertThat(addresses.of("fd12::1", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
    }

    @Test
    void a_host_name_in_the_setting_is_refused_rather_than_looked_up() {
        assertThatThrownBy(() -> new ClientAddresses("proxy.internal")).isInstanceOf(IllegalArgumentException.class);
    }
}
