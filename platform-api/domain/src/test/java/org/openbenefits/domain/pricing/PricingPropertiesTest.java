package org.openbenefits.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openbenefits.domain.allocation.EligibleCategories;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;

/** Properties of pricing (docs/domain-rules.md, "Pricing") over generated carts and advantage codes. */
class PricingPropertiesTest {

    private static final List<String> CATEGORIES = List.of("CINEMA", "BOOKS", "PARKS");

    /** A cart and the code typed in it. */
    record Scenario(List<CartItem> items, AdvantageCode code) {
    }

    private final PriceCart pricing = new PriceCart(ShippingSettings.DEFAULTS);

    @Property
    void the_shares_add_up_to_the_discount_and_only_the_codes_lines_get_one_never_above_their_amount(
            @ForAll("scenarios") Scenario s) {
        PricedCart priced = pricing.price(s.items(), new CodeCheck.Usable(s.code()));

        Money shares = Money.ZERO;
        for (PricedLine line : priced.lines()) {
            assertThat(line.discount().isNegative()).isFalse();
            assertThat(line.discount()).isLessThanOrEqualTo(line.gross());
            if (!s.code().covers(line.item())) {
                assertThat(line.discount()).isEqualTo(Money.ZERO);
            }
            shares = shares.plus(line.discount());
        }
        Money discount = priced.code() instanceof CodeOutcome.Applied applied ? applied.discount() : Money.ZERO;
        assertThat(shares).isEqualTo(discount).isEqualTo(priced.discount());
    }

    @Property
    void each_share_lies_within_a_cent_of_its_exact_proportion(@ForAll("scenarios") Scenario s) {
        PricedCart priced = pricing.price(s.items(), new CodeCheck.Usable(s.code()));
        long covered = priced.lines().stream().filter(line -> s.code().covers(line.item()))
                .mapToLong(line -> line.gross().cents()).sum();

        for (PricedLine line : priced.lines()) {
            if (covered > 0 && s.code().covers(line.item())) {
                // |share - discount * gross / covered| < 1 cent, multiplied through by covered.
                long exact = priced.discount().cents() * line.gross().cents();
                assertThat(Math.abs(line.discount().cents() * covered - exact)).isLessThan(covered);
            }
        }
    }

    @Property
    void the_total_is_the_lines_after_discount_plus_the_flat_fee_or_nothing(@ForAll("scenarios") Scenario s) {
        PricedCart priced = pricing.price(s.items(), new CodeCheck.Usable(s.code()));
        boolean posted = s.items().stream().anyMatch(item -> item.delivery().isPostal());
        boolean freeByCode = priced.code() instanceof CodeOutcome.Applied applied && applied.freeShipping();
        boolean owesFee = posted && !freeByCode && priced.net().compareTo(ShippingSettings.DEFAULTS.freeFrom()) < 0;

        assertThat(priced.shipping()).isEqualTo(owesFee ? ShippingSettings.DEFAULTS.fee() : Money.ZERO);
        assertThat(priced.total()).isEqualTo(priced.gross().minus(priced.discount()).plus(priced.shipping()));
    }

    @Property
    void a_code_that_applies_takes_what_its_kind_says_of_its_lines(@ForAll("scenarios") Scenario s) {
        PricedCart priced = pricing.price(s.items(), new CodeCheck.Usable(s.code()));
        Money covered = s.items().stream().filter(s.code()::covers).map(CartItem::gross).reduce(Money.ZERO, Money::plus);

        if (priced.code() instanceof CodeOutcome.Applied applied) {
            assertThat(covered.isPositive()).isTrue();
            assertThat(covered).isGreaterThanOrEqualTo(s.code().minimum());
            Money expected = switch (s.code().benefit()) {
                case Benefit.PercentOff percent -> Money.ofCents(covered.cents() * percent.percent().longValueExact() / 100);
                case Benefit.AmountOff amount -> amount.amount().min(covered);
                case Benefit.FreeShipping free -> Money.ZERO;
            };
            assertThat(applied.discount()).isEqualTo(expected);
        } else {
            assertThat(priced.discount()).isEqualTo(Money.ZERO);
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<CartItem>> items = item().list().ofMinSize(1).ofMaxSize(6).map(PricingPropertiesTest::numbered);
        return Combinators.combine(items, code()).as(Scenario::new);
    }

    private static Arbitrary<CartItem> item() {
        return Combinators.combine(Arbitraries.of(CATEGORIES), Arbitraries.of(Delivery.class),
                        Arbitraries.longs().between(0, 10_000), Arbitraries.integers().between(1, 4))
                .as((category, delivery, cents, quantity) ->
                        new CartItem(LineId.of("?"), category, delivery, Money.ofCents(cents), quantity));
    }

    private static Arbitrary<AdvantageCode> code() {
        Arbitrary<Benefit> benefit = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 100).map(Benefit.PercentOff::of),
                Arbitraries.longs().between(1, 20_000).map(cents -> new Benefit.AmountOff(Money.ofCents(cents))),
                Arbitraries.just(new Benefit.FreeShipping()));
        Arbitrary<EligibleCategories> categories = Arbitraries.of(CATEGORIES).set().ofMinSize(1).ofMaxSize(2)
                .map(EligibleCategories::only).injectNull(0.4).map(c -> c == null ? EligibleCategories.anyCategory() : c);
        Arbitrary<Money> minimum = Arbitraries.of(0L, 0L, 1_000L, 3_000L, 10_000L).map(Money::ofCents);
        return Combinators.combine(benefit, categories, minimum)
                .as((b, c, m) -> AdvantageCode.of("CODE", b, c).withMinimum(m));
    }

    private static List<CartItem> numbered(List<CartItem> items) {
        List<CartItem> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CartItem item = items.get(i);
            result.add(new CartItem(LineId.of("L" + (i + 1)), item.category(), item.delivery(), item.unitPrice(),
                    item.quantity()));
        }
        return result;
    }
}
