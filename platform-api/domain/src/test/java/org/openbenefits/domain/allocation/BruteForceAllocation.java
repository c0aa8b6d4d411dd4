package org.openbenefits.domain.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The allocation rule (docs/domain-rules.md, "Exact allocation at checkout") by exhaustive search, written without the
 * engine's code: only usable on tiny carts (a few cents), as the oracle of the property tests.
 */
final class BruteForceAllocation {

    /** The best outcome: what the card pays and what each grant pays, grants in priority order. */
    record Outcome(long card, List<GrantId> grantsByPriority, long[] grantTotals) {
    }

    private final List<CartLine> lines;
    private final List<Grant> grants;
    private final long[][] caps;
    private final long[] used;
    private final long[] linePaid;
    private long bestCard = Long.MAX_VALUE;
    private long[] bestTotals;

    private BruteForceAllocation(List<CartLine> lines, List<Grant> grants) {
        this.lines = lines;
        this.grants = grants.stream()
                .sorted(Comparator.<Grant>comparingInt(g -> g.kind().ordinal())
                        .thenComparing(Grant::expires)
                        .thenComparing(g -> g.id().value()))
                .toList();
        caps = new long[this.grants.size()][lines.size()];
        for (int g = 0; g < this.grants.size(); g++) {
            for (int l = 0; l < lines.size(); l++) {
                caps[g][l] = cap(this.grants.get(g), lines.get(l));
            }
        }
        used = new long[this.grants.size()];
        linePaid = new long[lines.size()];
    }

    static Outcome solve(List<CartLine> lines, List<Grant> grants) {
        BruteForceAllocation search = new BruteForceAllocation(lines, grants);
        search.explore(0);
        return new Outcome(search.bestCard, search.grants.stream().map(Grant::id).toList(), search.bestTotals);
    }

    private static long cap(Grant grant, CartLine line) {
        LocalDate day = line.date();
        boolean valid = !day.isAfter(grant.expires()) && grant.validFrom().map(f -> !day.isBefore(f)).orElse(true);
        boolean allowed = grant.categories().any() || grant.categories().names().contains(line.category());
        if (!valid || !allowed) {
            return 0;
        }
        long amount = line.amount().cents();
        return grant.maxShare()
                .map(share -> BigDecimal.valueOf(amount).multiply(share).setScale(0, RoundingMode.FLOOR).longValue())
                .orElse(amount);
    }

    private void explore(int cell) {
        if (cell == grants.size() * lines.size()) {
            record();
            return;
        }
        int g = cell / lines.size();
        int l = cell % lines.size();
        long max = Math.min(caps[g][l], Math.min(grants.get(g).balance().cents() - used[g],
                lines.get(l).amount().cents() - linePaid[l]));
        for (long x = 0; x <= max; x++) {
            used[g] += x;
            linePaid[l] += x;
            explore(cell + 1);
            used[g] -= x;
            linePaid[l] -= x;
        }
    }

    private void record() {
        long card = 0;
        for (int l = 0; l < lines.size(); l++) {
            card += lines.get(l).amount().cents() - linePaid[l];
        }
        if (card < bestCard || (card == bestCard && Arrays.compare(used, bestTotals) > 0)) {
            bestCard = card;
            bestTotals = used.clone();
        }
    }
}
