package org.openbenefits.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.openbenefits.domain.conformance.ConformanceFolder;

/**
 * Runs every calendar vector (docs/domain-rules.md, "Business calendar: ship-by date and support hours") of
 * {@code conformance/calendar}, or of the folder named by {@code -Dconformance.calendar.dir}: one container per file,
 * one test per vector named after its description. Each file is the vectors of one rule; a file this suite does not
 * know, an empty one or a vector with a field it does not read fails rather than being skipped.
 */
class CalendarConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rule each file of the folder checks, by file name. */
    private static final Map<String, Rule> RULES = Map.of(
            "ship-by.json", new Rule(Set.of("paidAt", "expectShipBy"), CalendarConformanceTest::checkShipBy),
            "support-hours.json", new Rule(Set.of("at", "expectOpen", "expectNextOpening"),
                    CalendarConformanceTest::checkSupportHours));

    /** Fields every vector may have whatever its rule. */
    private static final Set<String> COMMON_FIELDS = Set.of("name", "description");

    private record Rule(Set<String> fields, VectorCheck check) {
    }

    @FunctionalInterface
    private interface VectorCheck {
        void check(String name, JsonNode vector);
    }

    private static Path folder() {
        return ConformanceFolder.of("conformance.calendar.dir", "conformance/calendar");
    }

    @TestFactory
    Stream<DynamicNode> every_calendar_vector_passes() {
        return ConformanceFolder.jsonFiles(folder()).stream().map(CalendarConformanceTest::vectorsOf);
    }

    private static DynamicNode vectorsOf(Path file) {
        String fileName = file.getFileName().toString();
        Rule rule = RULES.get(fileName);
        if (rule == null) {
            return failing(file, fileName + " is no calendar file this suite knows (it reads "
                    + new TreeSet<>(RULES.keySet()) + "): add its rule to CalendarConformanceTest");
        }
        JsonNode vectors;
        try {
            vectors = JSON.readTree(file.toFile());
        } catch (IOException e) {
            return failing(file, "Unreadable vector file " + file + ": " + e.getMessage());
        }
        if (vectors == null || !vectors.isArray() || vectors.isEmpty()) {
            return failing(file, fileName + " holds no array of vectors");
        }
        List<DynamicTest> tests = new ArrayList<>();
        int index = 0;
        for (JsonNode vector : vectors) {
            index++;
            String description = vector.path("description").asText("vector " + index);
            String name = fileName + " / " + description;
            tests.add(DynamicTest.dynamicTest(description, file.toUri(), () -> {
                requireOnlyKnownFields(name, vector, rule.fields());
                rule.check().check(name, vector);
            }));
        }
        return DynamicContainer.dynamicContainer(fileName, file.toUri(), tests.stream());
    }

    private static DynamicNode failing(Path file, String why) {
        return DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> fail(why));
    }

    private static void checkShipBy(String name, JsonNode vector) {
        Instant paidAt = instant(name, vector, "paidAt");
        LocalDate expected = LocalDate.parse(text(name, vector, "expectShipBy"));

        assertThat(ShipByDate.of(paidAt))
                .as("[%s] ship-by date of an order paid at %s", name, text(name, vector, "paidAt"))
                .isEqualTo(expected);
    }

    private static void checkSupportHours(String name, JsonNode vector) {
        String written = text(name, vector, "at");
        Instant at = instant(name, vector, "at");
        JsonNode expectOpen = vector.get("expectOpen");
        if (expectOpen == null || !expectOpen.isBoolean()) {
            fail("[%s] expectOpen is true or false", name);
        }
        Instant expectedNextOpening = instant(name, vector, "expectNextOpening");

        assertThat(SupportHours.isOpen(at)).as("[%s] open at %s", name, written).isEqualTo(expectOpen.booleanValue());
        // Instants, not strings: 08:00Z and 09:00+01:00 are the same opening.
        assertThat(SupportHours.nextOpening(at)).as("[%s] next opening from %s", name, written)
                .isEqualTo(expectedNextOpening);
    }

    private static void requireOnlyKnownFields(String name, JsonNode vector, Set<String> fields) {
        if (!vector.isObject()) {
            fail("[%s] a vector is a JSON object", name);
        }
        for (Iterator<String> it = vector.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!fields.contains(field) && !COMMON_FIELDS.contains(field)) {
                fail("[%s] unknown field %s: the suite would not check it", name, field);
            }
        }
    }

    private static String text(String name, JsonNode vector, String field) {
        JsonNode value = vector.get(field);
        if (value == null || !value.isTextual()) {
            fail("[%s] %s is missing or not a string", name, field);
        }
        return value.asText();
    }

    /** An instant written with its offset ({@code Z}, {@code +01:00}...); a local time alone would be ambiguous. */
    private static Instant instant(String name, JsonNode vector, String field) {
        return OffsetDateTime.parse(text(name, vector, field)).toInstant();
    }

    // The suite itself, on the vectors copied into this repository: a changed vector or a file it cannot read must
    // fail, never pass unnoticed.

    @Test
    void changing_the_expected_ship_by_date_of_any_vector_fails_its_test(@TempDir Path copy) throws Throwable {
        assertEachChangedVectorFailsAlone(copy, "ship-by.json",
                v -> v.put("expectShipBy", LocalDate.parse(v.get("expectShipBy").asText()).plusDays(1).toString()));
    }

    @Test
    void changing_whether_support_is_open_in_any_vector_fails_its_test(@TempDir Path copy) throws Throwable {
        assertEachChangedVectorFailsAlone(copy, "support-hours.json",
                v -> v.put("expectOpen", !v.get("expectOpen").asBoolean()));
    }

    @Test
    void moving_the_next_opening_of_any_vector_by_a_second_fails_its_test(@TempDir Path copy) throws Throwable {
        assertEachChangedVectorFailsAlone(copy, "support-hours.json", v -> v.put("expectNextOpening",
                OffsetDateTime.parse(v.get("expectNextOpening").asText()).plusSeconds(1).toString()));
    }

    @Test
    void the_same_instants_written_in_utc_still_pass(@TempDir Path copy) throws Throwable {
        ArrayNode vectors = (ArrayNode) JSON.readTree(copiedFolder().resolve("support-hours.json").toFile());
        for (JsonNode vector : vectors) {
            ObjectNode v = (ObjectNode) vector;
            for (String field : List.of("at", "expectNextOpening")) {
                v.put(field, OffsetDateTime.parse(v.get(field).asText()).toInstant().toString());
            }
        }
        Path file = copy.resolve("support-hours.json");
        JSON.writeValue(file.toFile(), vectors);

        List<Executable> tests = testsOf(vectorsOf(file));

        assertThat(tests).hasSize(vectors.size());
        for (Executable test : tests) {
            test.execute();
        }
    }

    @Test
    void a_file_the_suite_does_not_know_fails_rather_than_being_skipped(@TempDir Path folder) throws IOException {
        Path unknown = Files.writeString(folder.resolve("holidays.json"), "[{\"description\": \"anything\"}]");

        List<Executable> tests = testsOf(vectorsOf(unknown));

        assertThat(tests).hasSize(1);
        assertThatThrownBy(tests.getFirst()::execute).isInstanceOf(AssertionError.class)
                .hasMessageContaining("holidays.json");
    }

    @Test
    void an_empty_file_or_a_field_the_suite_does_not_read_fails(@TempDir Path folder) throws IOException {
        Path empty = Files.writeString(folder.resolve("ship-by.json"), "[]");
        assertThatThrownBy(testsOf(vectorsOf(empty)).getFirst()::execute).isInstanceOf(AssertionError.class);

        Path extra = Files.writeString(folder.resolve("ship-by.json"), """
                [{"paidAt": "2026-11-23T10:00:00+01:00", "description": "d", "expectShipBy": "2026-11-23",
                  "expectCarrier": "Colissimo"}]""");
        assertThatThrownBy(testsOf(vectorsOf(extra)).getFirst()::execute).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expectCarrier");
    }

    /** Changes one vector of the file at a time: its test fails, naming it, and the others still pass. */
    private static void assertEachChangedVectorFailsAlone(Path copy, String fileName, UnaryOperator<ObjectNode> change)
            throws Throwable {
        ArrayNode vectors = (ArrayNode) JSON.readTree(copiedFolder().resolve(fileName).toFile());
        for (int i = 0; i < vectors.size(); i++) {
            ArrayNode changed = vectors.deepCopy();
            change.apply((ObjectNode) changed.get(i));
            Path file = copy.resolve(fileName);
            JSON.writeValue(file.toFile(), changed);

            List<Executable> tests = testsOf(vectorsOf(file));

            assertThat(tests).hasSize(vectors.size());
            String description = vectors.get(i).get("description").asText();
            for (int j = 0; j < tests.size(); j++) {
                if (j == i) {
                    assertThatThrownBy(tests.get(j)::execute).as("changed vector '%s'", description)
                            .isInstanceOf(AssertionError.class).hasMessageContaining(description);
                } else {
                    tests.get(j).execute();
                }
            }
        }
    }

    /** The copy under src/test/resources, whatever -Dconformance.calendar.dir names. */
    private static Path copiedFolder() {
        try {
            return Path.of(CalendarConformanceTest.class.getClassLoader().getResource("conformance/calendar").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Executable> testsOf(DynamicNode node) {
        return switch (node) {
            case DynamicTest test -> List.of(test.getExecutable());
            case DynamicContainer container ->
                    container.getChildren().flatMap(child -> testsOf(child).stream()).toList();
            default -> throw new IllegalStateException("Unexpected node " + node);
        };
    }
}
