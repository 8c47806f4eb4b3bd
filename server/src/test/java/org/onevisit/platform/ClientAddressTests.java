package org.onevisit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTests {

    @Test
    void an_ipv4_address_counts_as_it_is() {
        assertThat(ClientAddress.of("203.0.113.7").value()).isEqualTo("203.0.113.7");
    }

    @Test
    void an_ipv6_address_counts_by_its_64_bit_network() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd").value()).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.of("2001:db8:1:2::9")).isEqualTo(ClientAddress.of("[2001:db8:1:2:ffff::1]"));
        assertThat(ClientAddress.of("2001:db8:1:3::9")).isNotEqualTo(ClientAddress.of("2001:db8:1:2::9"));
    }

    @Test
    void an_ipv4_address_written_as_ipv6_counts_as_the_ipv4_address() {
        assertThat(ClientAddress.of("::ffff:203.0.113.7").value()).isEqualTo("203.0.113.7");
    }

    @Test
    void a_host_name_or_nothing_is_taken_as_it_is_without_a_lookup() {
        assertThat(ClientAddress.of("proxy.example").value()).isEqualTo("proxy.example");
        assertThat(ClientAddress.of("  ").value()).isEqualTo("unknown");
    }
}
