package org.openbenefits.domain.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openbenefits.domain.money.Money;

/**
 * Decides which grants pay which cart lines at checkout (docs/domain-rules.md, "Exact allocation at checkout"): the
 * card as little as possible, then the grants in priority order, each used as much as possible before the next.
 *
 * <p>Why it is exact: grants feed a flow network (source -> grant, capped by its balance; grant -> line, capped by
 * what the grant may pay of that line; line -> sink, capped by the line's price). The amounts that the grants can pay
 * together form a polymatroid, on which the greedy choice is optimal: opening the grants one at a time in priority
 * order and pushing the maximum flow each time gives every grant the most it can pay once the earlier ones are
 * settled, and the last flow is a maximum flow, so the card pays the least possible. A greedy pass over lines (which
 * line a grant pays) is what fails; rerouting earlier grants along augmenting paths is what fixes it, and it never
 * lowers what an earlier grant pays.
 */
public final class AllowanceAllocator {

    /** Allocates the grants to the lines; never refuses: whatever the allowances cannot pay goes to the card. */
    public Allocation allocate(List<CartLine> lines, List<Grant> grants) {
        requireUniqueIds(lines, grants);
        List<Grant> byPriority = grants.stream().sorted(Grant.PRIORITY).toList();
        int source = 0;
        int sink = byPriority.size() + lines.size() + 1;
        FlowNetwork network = new FlowNetwork(sink + 1);
        for (int l = 0; l < lines.size(); l++) {
            network.setCapacity(lineNode(byPriority, l), sink, lines.get(l).amount().cents());
            for (int g = 0; g < byPriority.size(); g++) {
                network.setCapacity(grantNode(g), lineNode(byPriority, l), byPriority.get(g).capFor(lines.get(l)).cents());
            }
        }
        for (int g = 0; g < byPriority.size(); g++) {
            network.setCapacity(source, grantNode(g), byPriority.get(g).balance().cents());
            network.augment(source, sink);
        }
        List<LineAllocation> result = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            CartLine line = lines.get(l);
            List<Payment> payments = new ArrayList<>();
            long paid = 0;
            for (int g = 0; g < byPriority.size(); g++) {
                long cents = network.flow(grantNode(g), lineNode(byPriority, l));
                if (cents > 0) {
                    payments.add(new Payment(byPriority.get(g).id(), line.id(), Money.ofCents(cents)));
                    paid += cents;
                }
            }
            result.add(new LineAllocation(line, payments, line.amount().minus(Money.ofCents(paid))));
        }
        return new Allocation(result);
    }

    private static int grantNode(int grantIndex) {
        return 1 + grantIndex;
    }

    private static int lineNode(List<Grant> grants, int lineIndex) {
        return 1 + grants.size() + lineIndex;
    }

    private static void requireUniqueIds(List<CartLine> lines, List<Grant> grants) {
        Set<Object> seen = new HashSet<>();
        for (CartLine line : lines) {
            if (!seen.add(line.id())) {
                throw new IllegalArgumentException("Two cart lines share the id " + line.id());
            }
        }
        for (Grant grant : grants) {
            if (!seen.add(grant.id())) {
                throw new IllegalArgumentException("Two grants share the id " + grant.id());
            }
        }
    }
}
