package org.openbenefits.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The API's reading of client addresses; the rule itself is tested with {@code ForwardedFor} in the contract. */
class ClientAddressesTest {

    @Test
    void without_trusted_proxies_the_tcp_peer_is_the_client_whatever_the_headers_say() {
        ClientAddresses addresses = new ClientAddresses("");

        assertThat(addresses.of("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behind_a_trusted_proxy_the_right_most_untrusted_hop_is_the_client_so_a_forged_header_does_not_help() {
        ClientAddresses addresses = new ClientAddresses("10.0.0.0/8, 127.0.0.1");

        assertThat(addresses.of("10.1.2.3", List.of("6.6.6.6, 198.51.100.1, 10.0.0.9"))).isEqualTo("198.51.100.1");
    }

    @Test
    void a_host_name_in_the_setting_stops_the_start_with_a_message_naming_the_variable() {
        assertThatThrownBy(() -> new ClientAddresses("proxy.internal")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRUSTED_PROXIES").hasMessageContaining("proxy.internal");
    }
}
