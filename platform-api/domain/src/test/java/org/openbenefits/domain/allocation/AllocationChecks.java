package org.openbenefits.domain.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openbenefits.domain.money.Money;

/** The validity rules of an allocation (conformance README), checked independently of the engine. */
final class AllocationChecks {

    private AllocationChecks() {
    }

    /** Every rule the allocation breaks, in words; empty when it is valid. */
    static List<String> violations(List<CartLine> lines, List<Grant> grants, Allocation allocation) {
        List<String> problems = new ArrayList<>();
        Map<GrantId, Grant> grantsById = grants.stream().collect(Collectors.toMap(Grant::id, Function.identity()));
        if (allocation.lines().size() != lines.size()) {
            problems.add("allocation has " + allocation.lines().size() + " lines for a cart of " + lines.size());
            return problems;
        }
        Map<GrantId, Long> spent = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            LineAllocation paid = allocation.lines().get(i);
            if (!paid.line().equals(line)) {
                problems.add("line " + i + " is " + paid.line().id() + ", expected " + line.id());
                continue;
            }
            if (paid.card().isNegative()) {
                problems.add(line.id() + ": negative card share " + paid.card());
            }
            if (!paid.allowances().plus(paid.card()).equals(line.amount())) {
                problems.add(line.id() + ": allowances " + paid.allowances() + " + card " + paid.card()
                        + " != amount " + line.amount());
            }
            for (Payment payment : paid.payments()) {
                Grant grant = grantsById.get(payment.grant());
                if (grant == null) {
                    problems.add(line.id() + ": paid by unknown grant " + payment.grant());
                    continue;
                }
                if (!payment.line().equals(line.id())) {
                    problems.add(line.id() + ": holds a payment for " + payment.line());
                }
                if (!grant.isValidOn(line.date())) {
                    problems.add(line.id() + ": " + grant.id() + " is not valid on " + line.date());
                }
                if (!grant.categories().allows(line.category())) {
                    problems.add(line.id() + ": " + grant.id() + " may not pay " + line.category());
                }
                if (grant.maxShare().isPresent()
                        && payment.amount().compareTo(line.amount().share(grant.maxShare().get())) > 0) {
                    problems.add(line.id() + ": " + grant.id() + " pays " + payment.amount() + " over its share cap");
                }
                spent.merge(grant.id(), payment.amount().cents(), Long::sum);
            }
        }
        spent.forEach((id, cents) -> {
            Money balance = grantsById.get(id).balance();
            if (cents > balance.cents()) {
                problems.add(id + " pays " + Money.ofCents(cents) + " over its balance " + balance);
            }
        });
        return problems;
    }
}
