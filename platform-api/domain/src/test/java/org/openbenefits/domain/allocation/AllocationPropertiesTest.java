package org.openbenefits.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openbenefits.domain.money.Money;

/**
 * Properties of the allocation engine (docs/domain-rules.md, "Exact allocation at checkout") over generated carts and
 * wallets.
 */
class AllocationPropertiesTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 22);
    private static final List<String> CATEGORIES = List.of("CINEMA", "BOOKS", "PARKS", "GIFTCARDS");
    private static final List<String> IDS = List.of("A", "B", "C", "D", "E", "F");

    /** A cart and a wallet. */
    record Scenario(List<CartLine> lines, List<Grant> grants) {
    }

    private final AllowanceAllocator allocator = new AllowanceAllocator();

    @Property
    void every_line_is_paid_exactly_by_allowances_and_card(@ForAll("scenarios") Scenario s) {
        Allocation allocation = allocator.allocate(s.lines(), s.grants());
        Money cartTotal = s.lines().stream().map(CartLine::amount).reduce(Money.ZERO, Money::plus);

        assertThat(allocation.allowances().plus(allocation.card())).isEqualTo(cartTotal);
        for (LineAllocation line : allocation.lines()) {
            assertThat(line.card().isNegative()).isFalse();
            assertThat(line.allowances().plus(line.card())).isEqualTo(line.line().amount());
        }
    }

    @Property
    void no_grant_pays_more_than_its_balance(@ForAll("scenarios") Scenario s) {
        Map<GrantId, Money> totals = allocator.allocate(s.lines(), s.grants()).grantTotals();

        for (Grant grant : s.grants()) {
            assertThat(totals.getOrDefault(grant.id(), Money.ZERO)).isLessThanOrEqualTo(grant.balance());
        }
    }

    @Property
    void no_grant_pays_a_line_outside_its_categories_or_validity(@ForAll("scenarios") Scenario s) {
        Allocation allocation = allocator.allocate(s.lines(), s.grants());

        for (LineAllocation line : allocation.lines()) {
            for (Payment payment : line.payments()) {
                Grant grant = grantById(s, payment.grant());
                assertThat(grant.categories().allows(line.line().category())).as("category").isTrue();
                assertThat(grant.expires()).as("expiry").isAfterOrEqualTo(line.line().date());
                grant.validFrom().ifPresent(from -> assertThat(from).as("valid from").isBeforeOrEqualTo(line.line().date()));
            }
        }
    }

    @Property
    void a_share_capped_subsidy_never_pays_more_than_its_share_of_a_line(@ForAll("scenarios") Scenario s) {
        Allocation allocation = allocator.allocate(s.lines(), s.grants());

        for (LineAllocation line : allocation.lines()) {
            for (Payment payment : line.payments()) {
                Grant grant = grantById(s, payment.grant());
                grant.maxShare().ifPresent(share ->
                        assertThat(payment.amount()).isLessThanOrEqualTo(line.line().amount().share(share)));
            }
        }
        assertThat(AllocationChecks.violations(s.lines(), s.grants(), allocation)).isEmpty();
    }

    @Property(tries = 300)
    void the_card_pays_the_least_possible(@ForAll("tinyScenarios") Scenario s) {
        BruteForceAllocation.Outcome best = BruteForceAllocation.solve(s.lines(), s.grants());

        assertThat(allocator.allocate(s.lines(), s.grants()).card().cents()).isEqualTo(best.card());
    }

    @Property(tries = 300)
    void grants_are_spent_in_priority_order_each_as_much_as_possible(@ForAll("tinyScenarios") Scenario s) {
        BruteForceAllocation.Outcome best = BruteForceAllocation.solve(s.lines(), s.grants());
        Map<GrantId, Money> totals = allocator.allocate(s.lines(), s.grants()).grantTotals();

        long[] engine = best.grantsByPriority().stream()
                .mapToLong(id -> totals.getOrDefault(id, Money.ZERO).cents()).toArray();
        assertThat(engine).as("totals of %s", best.grantsByPriority()).isEqualTo(best.grantTotals());
    }

    @Property
    void the_order_in_which_grants_are_listed_changes_nothing(@ForAll("scenarios") Scenario s, @ForAll long seed) {
        List<Grant> shuffled = new ArrayList<>(s.grants());
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(allocator.allocate(s.lines(), shuffled).grantTotals())
                .isEqualTo(allocator.allocate(s.lines(), s.grants()).grantTotals());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return scenarios(6, 6, 20_000);
    }

    @Provide
    Arbitrary<Scenario> tinyScenarios() {
        return scenarios(3, 3, 5);
    }

    private static Arbitrary<Scenario> scenarios(int maxLines, int maxGrants, long maxCents) {
        Arbitrary<List<CartLine>> lines = line(maxCents).list().ofMinSize(1).ofMaxSize(maxLines).map(AllocationPropertiesTest::numberLines);
        Arbitrary<List<Grant>> grants = grant(maxCents).list().ofMaxSize(maxGrants).map(AllocationPropertiesTest::nameGrants);
        return Combinators.combine(lines, grants).as(Scenario::new);
    }

    private static Arbitrary<CartLine> line(long maxCents) {
        return Combinators.combine(Arbitraries.of(CATEGORIES), Arbitraries.longs().between(0, maxCents))
                .as((category, cents) -> new CartLine(LineId.of("?"), category, Money.ofCents(cents), ON));
    }

    private static Arbitrary<Grant> grant(long maxCents) {
        Arbitrary<AllowanceKind> kind = Arbitraries.of(AllowanceKind.class);
        Arbitrary<Long> balance = Arbitraries.longs().between(0, maxCents * 2);
        Arbitrary<Optional<LocalDate>> validFrom = Arbitraries.integers().between(-3, 2)
                .map(days -> Optional.of(ON.plusDays(days))).injectNull(0.5).map(o -> o == null ? Optional.empty() : o);
        // Few distinct expiry dates so that ties, broken by id, are frequent.
        Arbitrary<LocalDate> expires = Arbitraries.of(-1, 0, 9, 39).map(ON::plusDays);
        Arbitrary<EligibleCategories> categories = Arbitraries.of(CATEGORIES).set().ofMinSize(1).ofMaxSize(3)
                .map(EligibleCategories::only).injectNull(0.3).map(c -> c == null ? EligibleCategories.anyCategory() : c);
        Arbitrary<Optional<BigDecimal>> maxShare = Arbitraries.of("0.25", "0.3", "0.5", "0.75", "1")
                .map(share -> Optional.of(new BigDecimal(share))).injectNull(0.5).map(o -> o == null ? Optional.empty() : o);
        return Combinators.combine(kind, balance, validFrom, expires, categories, maxShare)
                .as((k, b, from, to, cats, share) -> new Grant(GrantId.of("?"), k, Money.ofCents(b), from, to, cats,
                        k == AllowanceKind.SUBSIDY ? share : Optional.empty()));
    }

    private static List<CartLine> numberLines(List<CartLine> lines) {
        List<CartLine> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CartLine l = lines.get(i);
            numbered.add(new CartLine(LineId.of("L" + (i + 1)), l.category(), l.amount(), l.date()));
        }
        return numbered;
    }

    private static List<Grant> nameGrants(List<Grant> grants) {
        // Ids in reverse of listing order, so that listing order and id order disagree.
        List<Grant> named = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            Grant g = grants.get(i);
            named.add(new Grant(GrantId.of(IDS.get(grants.size() - 1 - i)), g.kind(), g.balance(), g.validFrom(),
                    g.expires(), g.categories(), g.maxShare()));
        }
        return named;
    }

    private static Grant grantById(Scenario s, GrantId id) {
        return s.grants().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }
}
