package org.openbenefits.portalcommon.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NavigationLinkTest {

    @Test
    void home_is_current_only_on_the_home_page() {
        NavigationLink home = new NavigationLink("/", "nav.home");
        assertThat(home.isActiveFor("/")).isTrue();
        assertThat(home.isActiveFor("/orders")).isFalse();
    }

    @Test
    void an_area_is_current_on_its_page_and_the_pages_below_it() {
        NavigationLink orders = new NavigationLink("/orders", "nav.orders");
        assertThat(orders.isActiveFor("/orders")).isTrue();
        assertThat(orders.isActiveFor("/orders/42")).isTrue();
        assertThat(orders.isActiveFor("/orders-archive")).isFalse();
    }
}
