package org.openbenefits.platform.checkout;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalCode;

/**
 * A checkout's first answer as its idempotency record keeps it, to be replayed word for word: the order placed, or
 * the refusal with its code, parameters (each with its type) and fields. JSON, of strings only.
 */
@Singleton
class CheckoutAnswers {

    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    CheckoutAnswers(JsonMapper json) {
        this.json = json;
    }

    String write(PlaceCheckout.Outcome outcome) {
        Map<String, Object> document = new LinkedHashMap<>();
        switch (outcome) {
            case PlaceCheckout.Placed placed -> {
                document.put("type", "placed");
                document.put("orderId", Long.toString(placed.orderId()));
                document.put("number", placed.number().value());
                document.put("paid", Boolean.toString(placed.paid()));
                document.put("total", Long.toString(placed.total().cents()));
                document.put("allowances", Long.toString(placed.allowances().cents()));
                document.put("card", Long.toString(placed.card().cents()));
                placed.paymentUrl().ifPresent(url -> document.put("paymentUrl", url.toString()));
                placed.holdExpiresAt().ifPresent(at -> document.put("holdExpiresAt", at.toString()));
            }
            case PlaceCheckout.Refused refused -> {
                Refusal refusal = refused.refusal();
                document.put("type", "refused");
                document.put("code", refusal.code().code());
                document.put("parameters", parameters(refusal.parameters()));
                List<Map<String, Object>> fields = new ArrayList<>();
                for (FieldRefusal field : refusal.fields()) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("field", field.field());
                    one.put("code", field.code().code());
                    one.put("parameters", parameters(field.parameters()));
                    fields.add(one);
                }
                document.put("fields", fields);
                if (refusal.retryAfter() != null) {
                    document.put("retryAfter", refusal.retryAfter().toString());
                }
            }
        }
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a checkout answer", e);
        }
    }

    @SuppressWarnings("unchecked")
    PlaceCheckout.Outcome read(String text) {
        Map<String, Object> document;
        try {
            document = json.readValue(text, MAP);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read a checkout answer", e);
        }
        if ("placed".equals(document.get("type"))) {
            return new PlaceCheckout.Placed(Long.parseLong((String) document.get("orderId")),
                    OrderNumber.of((String) document.get("number")),
                    Boolean.parseBoolean((String) document.get("paid")),
                    Money.ofCents(Long.parseLong((String) document.get("total"))),
                    Money.ofCents(Long.parseLong((String) document.get("allowances"))),
                    Money.ofCents(Long.parseLong((String) document.get("card"))),
                    Optional.ofNullable((String) document.get("paymentUrl")).map(URI::create),
                    Optional.ofNullable((String) document.get("holdExpiresAt")).map(Instant::parse));
        }
        RefusalCode code = code((String) document.get("code"));
        List<FieldRefusal> fields = new ArrayList<>();
        for (Map<String, Object> field : (List<Map<String, Object>>) document.get("fields")) {
            fields.add(new FieldRefusal((String) field.get("field"), code((String) field.get("code")),
                    values((Map<String, Object>) field.get("parameters"))));
        }
        String retryAfter = (String) document.get("retryAfter");
        return new PlaceCheckout.Refused(new Refusal(code, values((Map<String, Object>) document.get("parameters")),
                fields, retryAfter == null ? null : Duration.parse(retryAfter)));
    }

    private static RefusalCode code(String code) {
        return RefusalCatalogue.find(code).orElseThrow(() -> new IllegalStateException("Unknown code " + code));
    }

    private static Map<String, Object> parameters(Map<String, Object> parameters) {
        Map<String, Object> typed = new LinkedHashMap<>();
        parameters.forEach((name, value) -> typed.put(name, switch (value) {
            case String text -> List.of("s", text);
            case Long number -> List.of("l", number.toString());
            case Integer number -> List.of("i", number.toString());
            case Money money -> List.of("m", Long.toString(money.cents()));
            case LocalDate day -> List.of("d", day.toString());
            default -> throw new IllegalArgumentException("A refusal parameter of type " + value.getClass());
        }));
        return typed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Map<String, Object> typed) {
        Map<String, Object> values = new LinkedHashMap<>();
        typed.forEach((name, pair) -> {
            List<String> typeAndValue = (List<String>) pair;
            String value = typeAndValue.get(1);
            values.put(name, switch (typeAndValue.get(0)) {
                case "s" -> value;
                case "l" -> Long.parseLong(value);
                case "i" -> Integer.parseInt(value);
                case "m" -> Money.ofCents(Long.parseLong(value));
                case "d" -> LocalDate.parse(value);
                default -> throw new IllegalStateException("A stored parameter of type " + typeAndValue.get(0));
            });
        });
        return values;
    }
}
