package org.openbenefits.platform.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;
import org.openbenefits.domain.catalogue.Category;
import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.infrastructure.Jdbc;

/** The rules of an offer's form, each broken field named with its code; all are reported at once. */
@Singleton
class OfferChecks {

    static final int TITLE_LENGTH = 120;
    static final int TEXT_LENGTH = 2000;
    static final int VALIDITY_LENGTH = 200;
    /** The highest price of an offer: 10,000.00 EUR. */
    static final long MAX_PRICE_CENTS = 1_000_000L;
    static final int MAX_PER_ORDER = 20;
    static final int DEFAULT_PER_ORDER = 10;
    static final int MAX_EMPLOYERS = 500;

    private final Jdbc jdbc;

    OfferChecks(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws Refused {@code request.invalid} with every field at fault */
    OfferFields check(OfferDraft draft) {
        List<FieldRefusal> errors = new ArrayList<>();
        String title = text(draft.title());
        String description = text(draft.description());
        required("title", title, TITLE_LENGTH, errors);
        required("description", description, TEXT_LENGTH, errors);
        String conditions = text(draft.conditions());
        String validity = text(draft.validity());
        limited("conditions", conditions, TEXT_LENGTH, errors);
        limited("validity", validity, VALIDITY_LENGTH, errors);
        Optional<Category> category = known("category", draft.category(), Category::fromCode,
                Arrays.stream(Category.values()).map(Enum::name).toList(), errors);
        Optional<Delivery> delivery = known("delivery", draft.delivery(),
                code -> Arrays.stream(Delivery.values()).filter(value -> value.name().equals(code)).findFirst(),
                Arrays.stream(Delivery.values()).map(Enum::name).toList(), errors);
        boolean publicPriceOk = price("publicPriceCents", draft.publicPriceCents(), 1, errors);
        boolean employeePriceOk = price("employeePriceCents", draft.employeePriceCents(), 0, errors);
        if (publicPriceOk && employeePriceOk && draft.employeePriceCents() > draft.publicPriceCents()) {
            errors.add(FieldRefusal.of("employeePriceCents", CatalogueRefusal.EMPLOYEE_PRICE_ABOVE_PUBLIC,
                    "publicPrice", Money.ofCents(draft.publicPriceCents())));
        }
        int maxPerOrder = draft.maxPerOrder() == null ? DEFAULT_PER_ORDER : draft.maxPerOrder();
        if (maxPerOrder < 1 || maxPerOrder > MAX_PER_ORDER) {
            errors.add(FieldRefusal.of("maxPerOrder", FieldCode.OUT_OF_RANGE, "min", 1L, "max", (long) MAX_PER_ORDER));
        }
        List<Long> employerIds = List.copyOf(new LinkedHashSet<>(draft.employerIds()));
        if (employerIds.size() > MAX_EMPLOYERS) {
            errors.add(FieldRefusal.of("employerIds", FieldCode.TOO_LARGE, "max", (long) MAX_EMPLOYERS));
        } else if (!employerIds.isEmpty()) {
            long unknown = employerIds.size() - existing(employerIds);
            if (unknown > 0) {
                errors.add(FieldRefusal.of("employerIds", CatalogueRefusal.EMPLOYERS_UNKNOWN, "count", unknown));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors).toException();
        }
        return new OfferFields(title, description, category.orElseThrow(), delivery.orElseThrow(),
                draft.publicPriceCents(), draft.employeePriceCents(), conditions, validity, maxPerOrder, employerIds);
    }

    private long existing(List<Long> employerIds) {
        String marks = employerIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        return jdbc.number("SELECT COUNT(*) FROM employer WHERE id IN (" + marks + ")", employerIds.toArray());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static void required(String field, String value, int max, List<FieldRefusal> errors) {
        if (value.isEmpty()) {
            errors.add(FieldRefusal.of(field, FieldCode.REQUIRED));
        } else {
            limited(field, value, max, errors);
        }
    }

    private static void limited(String field, String value, int max, List<FieldRefusal> errors) {
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(FieldRefusal.of(field, FieldCode.TOO_LONG, "max", (long) max));
        }
    }

    private static <T> Optional<T> known(String field, String code, java.util.function.Function<String, Optional<T>> find,
                                         List<String> allowed, List<FieldRefusal> errors) {
        if (code == null || code.isBlank()) {
            errors.add(FieldRefusal.of(field, FieldCode.REQUIRED));
            return Optional.empty();
        }
        Optional<T> found = find.apply(code);
        if (found.isEmpty()) {
            errors.add(FieldRefusal.of(field, FieldCode.UNKNOWN_VALUE, "allowed", String.join(", ", allowed)));
        }
        return found;
    }

    private static boolean price(String field, long cents, long min, List<FieldRefusal> errors) {
        if (cents < min || cents > MAX_PRICE_CENTS) {
            errors.add(FieldRefusal.of(field, FieldCode.OUT_OF_RANGE, "min", Money.ofCents(min),
                    "max", Money.ofCents(MAX_PRICE_CENTS)));
            return false;
        }
        return true;
    }
}
