package org.openbenefits.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.conformance.ConformanceFolder;
import org.openbenefits.domain.money.Money;

/**
 * Runs every refund vector (docs/domain-rules.md, "Orders, cancellation and refunds") of {@code conformance/refund},
 * or of the folder named by {@code -Dconformance.refund.dir}: one container per file, one test per vector named after
 * it. Every field of {@code expect} is checked, and a field this test does not know fails it rather than being skipped.
 */
class RefundConformanceTest {

    /** The key of {@code paid} that is the card's part; every other key is a grant id. */
    private static final String CARD = "card";

    /** The vectors do not give tracking numbers; a shipped or delivered line has one. */
    private static final TrackingNumber SOME_TRACKING = TrackingNumber.of("6A00000000000");

    private static final Set<String> ACCEPTED_FIELDS = Set.of("accepted", "toGrants", "toEmployerBudget", "toCard",
            "shippingRefunded");
    private static final Set<String> REFUSED_FIELDS = Set.of("accepted", "refusedLines");

    @TestFactory
    Stream<DynamicNode> every_refund_vector_passes() {
        Path folder = ConformanceFolder.of("conformance.refund.dir", "conformance/refund");
        return ConformanceFolder.jsonFiles(folder).stream()
                .map(file -> ConformanceFolder.arrayOfVectors(file, this::check));
    }

    private void check(String name, JsonNode vector) {
        Order order = order(vector);
        LocalDate on = LocalDate.parse(vector.get("on").asText());
        Map<GrantId, GrantStanding> grants = new LinkedHashMap<>();
        vector.get("grants").properties().forEach(grant -> grants.put(GrantId.of(grant.getKey()), new GrantStanding(
                LocalDate.parse(grant.getValue().get("expires").asText()),
                grant.getValue().path("revoked").asBoolean(false))));
        List<LineId> cancel = new ArrayList<>();
        vector.get("cancel").forEach(id -> cancel.add(LineId.of(id.asText())));
        JsonNode expect = vector.get("expect");

        Cancellation outcome = order.cancel(cancel, on, grants);

        if (expect.get("accepted").asBoolean()) {
            assertThat(fieldNames(expect)).as("[%s] expect's fields", name).isEqualTo(new TreeSet<>(ACCEPTED_FIELDS));
            assertThat(outcome).as("[%s] accepted", name).isInstanceOf(Cancellation.Accepted.class);
            Cancellation.Accepted accepted = (Cancellation.Accepted) outcome;
            Refund refund = accepted.refund();
            assertThat(amounts(refund.toGrants())).as("[%s] toGrants", name).isEqualTo(amounts(expect.get("toGrants")));
            assertThat(amounts(refund.toEmployerBudget())).as("[%s] toEmployerBudget", name)
                    .isEqualTo(amounts(expect.get("toEmployerBudget")));
            assertThat(refund.toCard()).as("[%s] toCard", name).isEqualTo(Money.euros(expect.get("toCard").asText()));
            assertThat(refund.shippingRefunded()).as("[%s] shippingRefunded", name)
                    .isEqualTo(expect.get("shippingRefunded").asBoolean());
            assertThat(refund.total()).as("[%s] the refund is what was paid, to the cent", name)
                    .isEqualTo(paidFor(order, cancel, refund.shippingRefunded()));
            assertThat(cancel).as("[%s] the lines named are cancelled", name)
                    .allMatch(id -> accepted.order().line(id).orElseThrow().isCancelled());
        } else {
            assertThat(fieldNames(expect)).as("[%s] expect's fields", name).isEqualTo(new TreeSet<>(REFUSED_FIELDS));
            assertThat(outcome).as("[%s] refused", name).isInstanceOf(Cancellation.Refused.class);
            List<String> expected = new ArrayList<>();
            expect.get("refusedLines").forEach(id -> expected.add(id.asText()));
            assertThat(((Cancellation.Refused) outcome).lines()).extracting(LineId::value)
                    .as("[%s] refusedLines", name).containsExactlyElementsOf(expected);
        }
    }

    private static Order order(JsonNode vector) {
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode line : vector.get("lines")) {
            LineState state = LineState.valueOf(line.get("state").asText());
            lines.add(new OrderLine(LineId.of(line.get("id").asText()), Delivery.valueOf(line.get("delivery").asText()),
                    state, paid(line.get("paid")),
                    state.isWithCarrier() ? Optional.of(SOME_TRACKING) : Optional.empty()));
        }
        Optional<ShippingFee> shipping = Optional.ofNullable(vector.get("shippingLine")).filter(n -> !n.isNull())
                .map(fee -> ShippingFee.newlyPaid(paid(fee.get("paid"))));
        return new Order(OrderNumber.of(vector.get("name").asText()), lines, shipping);
    }

    private static PaidParts paid(JsonNode paid) {
        Map<GrantId, Money> grants = new LinkedHashMap<>();
        Money card = Money.ZERO;
        for (Map.Entry<String, JsonNode> part : paid.properties()) {
            Money amount = Money.euros(part.getValue().asText());
            if (CARD.equals(part.getKey())) {
                card = amount;
            } else {
                grants.put(GrantId.of(part.getKey()), amount);
            }
        }
        return new PaidParts(grants, card);
    }

    private static Money paidFor(Order order, List<LineId> cancelled, boolean withFee) {
        Money fee = withFee ? order.shipping().orElseThrow().paid().total() : Money.ZERO;
        return cancelled.stream().map(id -> order.line(id).orElseThrow().amount()).reduce(fee, Money::plus);
    }

    private static Map<String, Money> amounts(Map<GrantId, Money> amounts) {
        Map<String, Money> byId = new TreeMap<>();
        amounts.forEach((id, amount) -> byId.put(id.value(), amount));
        return byId;
    }

    private static Map<String, Money> amounts(JsonNode amounts) {
        Map<String, Money> byId = new TreeMap<>();
        amounts.properties().forEach(entry -> byId.put(entry.getKey(), Money.euros(entry.getValue().asText())));
        return byId;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
