package org.openbenefits.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.ledger.Posting.Leg;
import org.openbenefits.domain.money.Money;

class PostingTest {

    @Test
    void entries_that_sum_to_zero_make_a_movement() {
        Posting posting = new Posting(List.of(new Leg(1, Money.ofCents(-300)), new Leg(2, Money.ofCents(100)),
                new Leg(3, Money.ofCents(200))));

        assertThat(posting.legs()).hasSize(3);
    }

    @Test
    void entries_that_do_not_sum_to_zero_are_refused() {
        assertThatThrownBy(() -> new Posting(List.of(new Leg(1, Money.ofCents(-300)), new Leg(2, Money.ofCents(299)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to zero");
    }

    @Test
    void a_movement_has_two_accounts_at_least_and_one_entry_each() {
        assertThatThrownBy(() -> new Posting(List.of(new Leg(1, Money.ofCents(5)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting(List.of(new Leg(1, Money.ofCents(5)), new Leg(1, Money.ofCents(-5)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_transfer_debits_one_account_and_credits_the_other() {
        Posting posting = Posting.transfer(7, 8, Money.ofCents(1250));

        assertThat(posting.legs()).containsExactly(new Leg(7, Money.ofCents(-1250)), new Leg(8, Money.ofCents(1250)));
        assertThatThrownBy(() -> Posting.transfer(7, 8, Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
