package org.openbenefits.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.allocation.Allocation;
import org.openbenefits.domain.allocation.AllowanceAllocator;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.allocation.EligibleCategories;
import org.openbenefits.domain.allocation.Grant;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.Refusal;

/** The pricing rules (docs/domain-rules.md, "Pricing") where the conformance vectors do not go. */
class PriceCartTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 5);

    private final PriceCart pricing = new PriceCart(ShippingSettings.DEFAULTS);

    @Test
    void a_percentage_of_half_a_cent_rounds_down_and_the_code_still_applies() {
        // 10% of 0.05 is 0.005: nothing off, but the code applied.
        PricedCart priced = pricing.price(List.of(eTicket("L1", "CINEMA", "0.05")), usable(percent("DIX", 10)));

        assertThat(priced.codeApplies()).isTrue();
        assertThat(priced.discount()).isEqualTo(Money.ZERO);
        assertThat(priced.total()).isEqualTo(Money.euros("0.05"));
    }

    @Test
    void a_percentage_is_taken_of_the_covered_total_and_rounded_down_once_not_line_by_line() {
        // 12.5% of 0.99 + 0.99 + 0.99 = 2.97 is 0.37125: 0.37 off, spread 0.13, 0.12, 0.12 (equal remainders: the
        // earliest line first). Rounded down line by line it would be 3 x 0.12 = 0.36.
        PricedCart priced = pricing.price(
                List.of(eTicket("L1", "CINEMA", "0.99"), eTicket("L2", "CINEMA", "0.99"), eTicket("L3", "CINEMA", "0.99")),
                usable(new Benefit.PercentOff(new BigDecimal("12.5"))));

        assertThat(priced.discount()).isEqualTo(Money.euros("0.37"));
        assertThat(priced.lines()).extracting(PricedLine::discount)
                .containsExactly(Money.euros("0.13"), Money.euros("0.12"), Money.euros("0.12"));
    }

    @Test
    void an_amount_off_at_half_cents_gives_the_cent_left_to_the_earlier_of_two_equal_lines() {
        PricedCart priced = pricing.price(List.of(eTicket("L1", "CINEMA", "3.00"), eTicket("L2", "CINEMA", "3.00")),
                usable(amount("CINQ", "0.05")));

        assertThat(priced.lines()).extracting(PricedLine::discount)
                .containsExactly(Money.euros("0.03"), Money.euros("0.02"));
        assertThat(priced.discount()).isEqualTo(Money.euros("0.05"));
    }

    @Test
    void a_free_line_gets_no_share_of_the_discount() {
        PricedCart priced = pricing.price(List.of(eTicket("L1", "CINEMA", "0.00"), eTicket("L2", "CINEMA", "10.00")),
                usable(amount("CINQ", "5.00")));

        assertThat(priced.lines()).extracting(PricedLine::discount).containsExactly(Money.ZERO, Money.euros("5.00"));
    }

    @Test
    void a_code_whose_lines_are_all_free_does_not_apply_because_they_add_up_to_zero() {
        PricedCart priced = pricing.price(List.of(eTicket("L1", "CINEMA", "0.00")), usable(amount("CINQ", "5.00")));

        assertThat(priced.code()).isEqualTo(new CodeOutcome.NotApplied("CINQ",
                Refusal.of(PricingRefusal.NO_ELIGIBLE_LINE, "code", "CINQ")));
        assertThat(priced.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void an_empty_cart_costs_nothing_and_pays_no_shipping() {
        PricedCart priced = pricing.price(List.of());

        assertThat(priced.total()).isEqualTo(Money.ZERO);
        assertThat(priced.code()).isEqualTo(new CodeOutcome.NoCode());
        assertThat(priced.toAllocationLines(ON)).isEmpty();
    }

    @Test
    void a_code_applies_when_its_lines_reach_exactly_its_minimum() {
        AdvantageCode code = amount("SPORT5", "5.00").withMinimum(Money.euros("30.00"));

        PricedCart priced = pricing.price(List.of(postal("L1", "SPORT", "30.00")), usable(code));

        assertThat(priced.codeApplies()).isTrue();
        assertThat(priced.discount()).isEqualTo(Money.euros("5.00"));
    }

    @Test
    void a_minimum_not_reached_says_the_minimum_and_what_lacks_and_counts_only_the_codes_categories() {
        AdvantageCode code = new AdvantageCode("LIVRES", new Benefit.AmountOff(Money.euros("5.00")),
                EligibleCategories.only(List.of("BOOKS")), Money.euros("30.00"), Optional.empty(), Optional.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.OptionalLong.empty());

        PricedCart priced = pricing.price(List.of(postal("L1", "BOOKS", "25.50"), eTicket("L2", "CINEMA", "40.00")),
                usable(code));

        assertThat(priced.code()).isEqualTo(new CodeOutcome.NotApplied("LIVRES", Refusal.of(
                PricingRefusal.MINIMUM_NOT_REACHED, "code", "LIVRES", "minimum", Money.euros("30.00"),
                "missing", Money.euros("4.50"))));
        assertThat(priced.discount()).isEqualTo(Money.ZERO);
    }

    @Test
    void the_free_shipping_threshold_counts_every_line_after_discount_not_only_the_postal_ones() {
        PricedCart priced = pricing.price(List.of(postal("L1", "BOOKS", "10.00"), eTicket("L2", "CINEMA", "40.00")));

        assertThat(priced.shipping()).isEqualTo(Money.ZERO);
        assertThat(priced.total()).isEqualTo(Money.euros("50.00"));
    }

    @Test
    void a_cent_under_the_threshold_pays_the_fee() {
        PricedCart priced = pricing.price(List.of(postal("L1", "BOOKS", "49.99")));

        assertThat(priced.shipping()).isEqualTo(Money.euros("4.90"));
        assertThat(priced.total()).isEqualTo(Money.euros("54.89"));
    }

    @Test
    void a_fee_of_zero_in_the_settings_makes_every_cart_ship_free() {
        PricedCart priced = new PriceCart(new ShippingSettings(Money.ZERO, Money.euros("50.00")))
                .price(List.of(postal("L1", "BOOKS", "10.00")));

        assertThat(priced.shipping()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_free_shipping_code_applies_to_a_postal_cart_already_over_the_threshold() {
        PricedCart priced = pricing.price(List.of(postal("L1", "PARKS", "60.00")), usable(freeShipping("PORT")));

        assertThat(priced.code()).isInstanceOfSatisfying(CodeOutcome.Applied.class, applied -> {
            assertThat(applied.freeShipping()).isTrue();
            assertThat(applied.discount()).isEqualTo(Money.ZERO);
        });
        assertThat(priced.shipping()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_free_shipping_code_without_a_postal_line_says_so() {
        PricedCart priced = pricing.price(List.of(eTicket("L1", "CINEMA", "20.00")), usable(freeShipping("PORT")));

        assertThat(priced.code()).isEqualTo(new CodeOutcome.NotApplied("PORT",
                Refusal.of(PricingRefusal.NO_POSTAL_LINE, "code", "PORT")));
    }

    @Test
    void a_free_shipping_code_under_its_minimum_leaves_the_fee() {
        PricedCart priced = pricing.price(List.of(postal("L1", "PARKS", "20.00")),
                usable(freeShipping("PORT").withMinimum(Money.euros("25.00"))));

        assertThat(priced.codeApplies()).isFalse();
        assertThat(priced.shipping()).isEqualTo(Money.euros("4.90"));
    }

    @Test
    void a_code_that_cannot_be_used_leaves_the_cart_priced_without_it_and_says_why() {
        Refusal expired = Refusal.of(PricingRefusal.EXPIRED, "code", "NOEL10", "expires", LocalDate.of(2026, 12, 1));

        PricedCart priced = pricing.price(List.of(postal("L1", "PARKS", "52.00")),
                new CodeCheck.Unusable("NOEL10", expired));

        assertThat(priced.code()).isEqualTo(new CodeOutcome.NotApplied("NOEL10", expired));
        assertThat(priced.discount()).isEqualTo(Money.ZERO);
        assertThat(priced.total()).isEqualTo(Money.euros("52.00"));
    }

    @Test
    void allocation_pays_each_line_after_discount_and_the_fee_as_a_line_only_any_category_grants_pay() {
        PricedCart priced = pricing.price(List.of(postal("L1", "BOOKS", "20.00")), usable(percent("DIX", 10)));
        Grant culture = grant("CULT", AllowanceKind.CULTURE_CHEQUE, "100.00", EligibleCategories.only(List.of("BOOKS")));
        Grant gift = grant("GIFT", AllowanceKind.GIFT_CHEQUE, "100.00", EligibleCategories.anyCategory());

        Allocation allocation = new AllowanceAllocator().allocate(priced.toAllocationLines(ON), List.of(culture, gift));

        assertThat(priced.toAllocationLines(ON)).extracting(line -> line.id().value() + " " + line.amount())
                .containsExactly("L1 " + Money.euros("18.00"), "SHIPPING " + Money.euros("4.90"));
        assertThat(allocation.grantTotals()).isEqualTo(Map.of(
                GrantId.of("CULT"), Money.euros("18.00"), GrantId.of("GIFT"), Money.euros("4.90")));
        assertThat(allocation.card()).isEqualTo(Money.ZERO);
    }

    @Test
    void two_lines_with_one_id_or_a_line_named_like_the_shipping_line_are_a_bug_not_a_refusal() {
        assertThatThrownBy(() -> pricing.price(List.of(eTicket("L1", "CINEMA", "1.00"), eTicket("L1", "BOOKS", "2.00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pricing.price(List.of(eTicket("SHIPPING", "CINEMA", "1.00"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_line_has_at_least_one_item_and_no_negative_price() {
        assertThatThrownBy(() -> new CartItem(LineId.of("L1"), "CINEMA", Delivery.E_TICKET, Money.euros("1.00"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CartItem(LineId.of("L1"), "CINEMA", Delivery.E_TICKET, Money.euros("-1.00"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CartItem eTicket(String id, String category, String price) {
        return new CartItem(LineId.of(id), category, Delivery.E_TICKET, Money.euros(price), 1);
    }

    private static CartItem postal(String id, String category, String price) {
        return new CartItem(LineId.of(id), category, Delivery.POSTAL, Money.euros(price), 1);
    }

    private static CodeCheck usable(AdvantageCode code) {
        return new CodeCheck.Usable(code);
    }

    private static CodeCheck usable(Benefit benefit) {
        return usable(AdvantageCode.of("CODE", benefit, EligibleCategories.anyCategory()));
    }

    private static AdvantageCode percent(String code, long percent) {
        return AdvantageCode.of(code, Benefit.PercentOff.of(percent), EligibleCategories.anyCategory());
    }

    private static AdvantageCode amount(String code, String amount) {
        return AdvantageCode.of(code, new Benefit.AmountOff(Money.euros(amount)), EligibleCategories.anyCategory());
    }

    private static AdvantageCode freeShipping(String code) {
        return AdvantageCode.of(code, new Benefit.FreeShipping(), EligibleCategories.anyCategory());
    }

    private static Grant grant(String id, AllowanceKind kind, String balance, EligibleCategories categories) {
        return new Grant(GrantId.of(id), kind, Money.euros(balance), Optional.empty(), ON.plusMonths(1), categories,
                Optional.empty());
    }
}
