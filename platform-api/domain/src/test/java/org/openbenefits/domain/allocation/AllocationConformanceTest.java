package org.openbenefits.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openbenefits.domain.conformance.ConformanceFolder;
import org.openbenefits.domain.money.Money;

/**
 * Runs every allocation vector (docs/domain-rules.md, "Exact allocation at checkout") of
 * {@code conformance/allocation}, or of the folder named by {@code -Dconformance.allocation.dir}: one test per file,
 * named after it.
 */
class AllocationConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final AllowanceAllocator allocator = new AllowanceAllocator();

    @TestFactory
    Stream<DynamicTest> every_allocation_vector_passes() {
        Path folder = ConformanceFolder.of("conformance.allocation.dir", "conformance/allocation");
        return ConformanceFolder.jsonFiles(folder).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> check(file)));
    }

    private void check(Path file) throws IOException {
        JsonNode vector = JSON.readTree(file.toFile());
        String name = vector.path("name").asText(file.getFileName().toString());
        LocalDate on = LocalDate.parse(vector.get("on").asText());
        List<CartLine> lines = new ArrayList<>();
        for (JsonNode line : vector.get("lines")) {
            lines.add(new CartLine(LineId.of(line.get("id").asText()), line.get("category").asText(),
                    Money.euros(line.get("amount").asText()), on));
        }
        List<Grant> grants = new ArrayList<>();
        for (JsonNode grant : vector.get("grants")) {
            grants.add(grant(grant));
        }

        Allocation allocation = allocator.allocate(lines, grants);

        Map<String, String> expectedTotals = new TreeMap<>();
        vector.get("expect").get("grantTotals").properties()
                .forEach(entry -> expectedTotals.put(entry.getKey(), Money.euros(entry.getValue().asText()).toDecimalString()));
        Map<String, String> actualTotals = new TreeMap<>();
        allocation.grantTotals().forEach((id, amount) -> actualTotals.put(id.value(), amount.toDecimalString()));
        String expectedCard = Money.euros(vector.get("expect").get("card").asText()).toDecimalString();

        assertThat(AllocationChecks.violations(lines, grants, allocation))
                .as("[%s] the allocation breaks no rule", name).isEmpty();
        assertThat(actualTotals).as("[%s] grant totals", name).isEqualTo(expectedTotals);
        assertThat(allocation.card().toDecimalString()).as("[%s] card", name).isEqualTo(expectedCard);
    }

    private static Grant grant(JsonNode json) {
        List<String> categories = new ArrayList<>();
        json.get("categories").forEach(c -> categories.add(c.asText()));
        return new Grant(
                GrantId.of(json.get("id").asText()),
                AllowanceKind.valueOf(json.get("kind").asText()),
                Money.euros(json.get("balance").asText()),
                Optional.ofNullable(json.get("validFrom")).filter(n -> !n.isNull()).map(n -> LocalDate.parse(n.asText())),
                LocalDate.parse(json.get("expires").asText()),
                EligibleCategories.parse(categories),
                Optional.ofNullable(json.get("maxShare")).filter(n -> !n.isNull()).map(n -> new BigDecimal(n.asText())));
    }
}
