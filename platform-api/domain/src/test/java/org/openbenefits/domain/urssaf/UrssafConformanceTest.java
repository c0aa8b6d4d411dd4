package org.openbenefits.domain.urssaf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.openbenefits.domain.conformance.ConformanceFolder;
import org.openbenefits.domain.money.Money;

/**
 * Runs every URSSAF vector (docs/domain-rules.md, "URSSAF limits for gift cheques") of {@code conformance/urssaf}, or
 * of the folder named by {@code -Dconformance.urssaf.dir}: one container per file, one test per vector named after it.
 */
class UrssafConformanceTest {

    private final AssessGiftVouchers assessment = new AssessGiftVouchers(SocialSecurityCeilings.published());

    @TestFactory
    Stream<DynamicNode> every_urssaf_vector_passes() {
        Path folder = ConformanceFolder.of("conformance.urssaf.dir", "conformance/urssaf");
        return ConformanceFolder.jsonFiles(folder).stream()
                .map(file -> ConformanceFolder.arrayOfVectors(file, this::check));
    }

    private void check(String name, JsonNode vector) {
        Year year = Year.of(vector.get("year").asInt());
        List<GiftVoucher> vouchers = new ArrayList<>();
        for (JsonNode v : vector.get("vouchers")) {
            vouchers.add(new GiftVoucher(
                    v.get("id").asText(),
                    Money.euros(v.get("amount").asText()),
                    text(v, "event").map(UrssafEvent::valueOf),
                    text(v, "beneficiary")));
        }
        Map<String, String> expected = new TreeMap<>();
        vector.get("expect").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asText()));

        GiftVoucherAssessment outcome = assessment.assess(year, vouchers);

        assertThat(outcome).as("[%s] the year is covered", name).isInstanceOf(GiftVoucherAssessment.Assessed.class);
        GiftVoucherAssessment.Assessed assessed = (GiftVoucherAssessment.Assessed) outcome;
        assertThat(assessed.threshold()).as("[%s] threshold", name)
                .isEqualTo(Money.euros(vector.get("expectThreshold").asText()));
        Map<String, String> actual = new TreeMap<>();
        assessed.treatments().forEach((id, treatment) -> actual.put(id, treatment.name()));
        assertThat(actual).as("[%s] treatments", name).isEqualTo(expected);
    }

    private static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).filter(n -> !n.isNull()).map(JsonNode::asText);
    }
}
