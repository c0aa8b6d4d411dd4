package org.openbenefits.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pager: pages count from 1 in addresses, from 0 at platform-api. */
class PagingTest {

    @Test
    void the_middle_page_links_both_ways() {
        Paging paging = Paging.of(1, 25, 60, page -> "/salaries?page=" + page);

        assertThat(paging).isEqualTo(new Paging(2, 3, 60, "/salaries?page=1", "/salaries?page=3"));
        assertThat(paging.isNeeded()).isTrue();
    }

    @Test
    void one_page_or_none_needs_no_pager() {
        assertThat(Paging.of(0, 25, 25, page -> "?page=" + page).isNeeded()).isFalse();
        assertThat(Paging.of(0, 25, 0, page -> "?page=" + page)).isEqualTo(new Paging(1, 1, 0, null, null));
    }

    @Test
    void a_page_past_the_end_leads_back_to_the_last_one() {
        assertThat(Paging.of(9, 25, 30, page -> "?page=" + page).previous()).isEqualTo("?page=2");
    }

    @Test
    void a_missing_zero_or_negative_page_parameter_asks_for_the_first_page() {
        assertThat(Paging.apiPage(null)).isZero();
        assertThat(Paging.apiPage(0)).isZero();
        assertThat(Paging.apiPage(-3)).isZero();
        assertThat(Paging.apiPage(3)).isEqualTo(2);
    }
}
