package org.openbenefits.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.openbenefits.domain.allocation.EligibleCategories;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.conformance.ConformanceFolder;
import org.openbenefits.domain.money.Money;

/**
 * Runs every pricing vector (docs/domain-rules.md, "Pricing") of {@code conformance/pricing}, or of the folder named by
 * {@code -Dconformance.pricing.dir}: one container per file, one test per vector named after it. Every figure of
 * {@code expect} is checked, and an {@code expect} naming a figure this test does not know fails rather than being
 * skipped.
 */
class PricingConformanceTest {

    private static final Set<String> EXPECTED_FIGURES = Set.of("promoApplies", "lines", "discount", "shipping", "total");
    private static final Set<String> EXPECTED_LINE_FIGURES = Set.of("gross", "discount", "net");

    @TestFactory
    Stream<DynamicNode> every_pricing_vector_passes() {
        Path folder = ConformanceFolder.of("conformance.pricing.dir", "conformance/pricing");
        return ConformanceFolder.jsonFiles(folder).stream()
                .map(file -> ConformanceFolder.arrayOfVectors(file, this::check));
    }

    private void check(String name, JsonNode vector) {
        List<CartItem> items = new ArrayList<>();
        for (JsonNode line : vector.get("lines")) {
            items.add(new CartItem(LineId.of(line.get("id").asText()), line.get("category").asText(),
                    Delivery.valueOf(line.get("delivery").asText()), Money.euros(line.get("unitPrice").asText()),
                    line.get("quantity").intValue()));
        }
        JsonNode shipping = vector.get("shipping");
        PriceCart pricing = new PriceCart(new ShippingSettings(Money.euros(shipping.get("fee").asText()),
                Money.euros(shipping.get("freeFrom").asText())));
        JsonNode promo = vector.get("promo");

        PricedCart priced = promo == null || promo.isNull()
                ? pricing.price(items)
                : pricing.price(items, new CodeCheck.Usable(code(promo)));

        JsonNode expect = vector.get("expect");
        assertThat(names(expect)).as("[%s] the figures of expect this test checks", name)
                .isEqualTo(new TreeSet<>(EXPECTED_FIGURES));
        assertThat(expect.get("promoApplies").isBoolean()).as("[%s] promoApplies is true or false", name).isTrue();
        assertThat(priced.codeApplies()).as("[%s] promoApplies", name).isEqualTo(expect.get("promoApplies").booleanValue());
        Map<String, Map<String, String>> expectedLines = new LinkedHashMap<>();
        expect.get("lines").properties().forEach(line -> {
            assertThat(names(line.getValue())).as("[%s] the figures of line %s", name, line.getKey())
                    .isEqualTo(new TreeSet<>(EXPECTED_LINE_FIGURES));
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("gross", amount(line.getValue().get("gross")));
            figures.put("discount", amount(line.getValue().get("discount")));
            figures.put("net", amount(line.getValue().get("net")));
            expectedLines.put(line.getKey(), figures);
        });
        Map<String, Map<String, String>> actualLines = new LinkedHashMap<>();
        for (PricedLine line : priced.lines()) {
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("gross", line.gross().toDecimalString());
            figures.put("discount", line.discount().toDecimalString());
            figures.put("net", line.net().toDecimalString());
            actualLines.put(line.id().value(), figures);
        }
        assertThat(actualLines).as("[%s] lines", name).isEqualTo(expectedLines);
        assertThat(priced.discount().toDecimalString()).as("[%s] discount", name).isEqualTo(amount(expect.get("discount")));
        assertThat(priced.shipping().toDecimalString()).as("[%s] shipping", name).isEqualTo(amount(expect.get("shipping")));
        assertThat(priced.total().toDecimalString()).as("[%s] total", name).isEqualTo(amount(expect.get("total")));
    }

    private static AdvantageCode code(JsonNode promo) {
        Benefit benefit = switch (promo.get("kind").asText()) {
            case "PERCENT" -> new Benefit.PercentOff(new BigDecimal(promo.get("percent").asText()));
            case "AMOUNT" -> new Benefit.AmountOff(Money.euros(promo.get("amount").asText()));
            case "FREE_SHIPPING" -> new Benefit.FreeShipping();
            default -> throw new IllegalArgumentException("Unknown promo kind " + promo.get("kind"));
        };
        EligibleCategories categories = EligibleCategories.anyCategory();
        JsonNode named = promo.get("categories");
        if (named != null && !named.isNull()) {
            List<String> codes = new ArrayList<>();
            named.forEach(category -> codes.add(category.asText()));
            categories = EligibleCategories.only(codes);
        }
        AdvantageCode code = AdvantageCode.of(promo.get("code").asText(), benefit, categories);
        JsonNode minimum = promo.get("minimum");
        return minimum == null || minimum.isNull() ? code : code.withMinimum(Money.euros(minimum.asText()));
    }

    private static String amount(JsonNode node) {
        return Money.euros(node.asText()).toDecimalString();
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
