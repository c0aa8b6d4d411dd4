package org.openbenefits.platform.allowance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.allowance.AllowanceRefusal;
import org.openbenefits.domain.allowance.ValidityHorizon;
import org.openbenefits.domain.catalogue.Category;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.domain.urssaf.UrssafEvent;

/**
 * Checks a {@link CampaignDraft}, naming every field at fault at once with its code, before anything is computed or
 * written.
 */
@Singleton
public class CampaignChecks {

    static final int NAME_LENGTH = 200;
    static final int TARGET_VALUE_LENGTH = 100;
    /** The largest amount per employee, or per child: 10,000 EUR. */
    static final long MAX_AMOUNT_CENTS = 1_000_000;

    private final Recipients recipients;

    CampaignChecks(Recipients recipients) {
        this.recipients = recipients;
    }

    /**
     * @param today the business day (Paris): a validity that ended before it is refused, and the day the campaign is
     *              given (its URSSAF year)
     * @throws Refused {@code request.invalid} naming each field at fault
     */
    public CampaignSpec check(long employerId, CampaignDraft draft, LocalDate today) {
        List<FieldRefusal> errors = new ArrayList<>();
        AllowanceKind kind = choice(AllowanceKind.class, "kind", draft.kind(), errors);
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            errors.add(FieldRefusal.of("name", FieldCode.REQUIRED));
        } else if (name.length() > NAME_LENGTH) {
            errors.add(FieldRefusal.of("name", FieldCode.TOO_LONG, "max", (long) NAME_LENGTH));
        }
        if (draft.amountCents() <= 0) {
            errors.add(FieldRefusal.of("amountCents", FieldCode.NOT_POSITIVE));
        } else if (draft.amountCents() > MAX_AMOUNT_CENTS) {
            errors.add(FieldRefusal.of("amountCents", AllowanceRefusal.CAMPAIGN_AMOUNT_TOO_LARGE,
                    "max", Money.ofCents(MAX_AMOUNT_CENTS)));
        }
        checkDates(draft, today, errors);
        List<String> categories = checkCategories(kind, draft.categories(), errors);
        checkShare(kind, draft.maxSharePercent(), errors);
        Optional<UrssafEvent> event = checkEvent(kind, draft, errors);
        CampaignTarget target = choice(CampaignTarget.class, "target", draft.target(), errors);
        String targetValue = draft.targetValue() == null || draft.targetValue().isBlank() ? null
                : draft.targetValue().strip();
        Set<Long> employeeIds = new LinkedHashSet<>(draft.employeeIds());
        employeeIds.remove(null);
        checkTarget(employerId, target, targetValue, employeeIds, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors).toException();
        }
        return new CampaignSpec(kind, name, Money.ofCents(draft.amountCents()), draft.perChild(),
                draft.validFrom(), draft.validTo(), categories,
                kind == AllowanceKind.SUBSIDY ? draft.maxSharePercent() : null, event, target,
                target == CampaignTarget.DEPARTMENT || target == CampaignTarget.SITE ? targetValue : null,
                target == CampaignTarget.LIST ? employeeIds : Set.of(), today);
    }

    private static void checkDates(CampaignDraft draft, LocalDate today, List<FieldRefusal> errors) {
        if (draft.validFrom() == null) {
            errors.add(FieldRefusal.of("validFrom", FieldCode.REQUIRED));
        }
        if (draft.validTo() == null) {
            errors.add(FieldRefusal.of("validTo", FieldCode.REQUIRED));
        } else if (draft.validFrom() != null && draft.validTo().isBefore(draft.validFrom())) {
            errors.add(FieldRefusal.of("validTo", AllowanceRefusal.CAMPAIGN_VALIDITY_ENDS_BEFORE_START));
        } else if (draft.validTo().isBefore(today)) {
            errors.add(FieldRefusal.of("validTo", AllowanceRefusal.CAMPAIGN_VALIDITY_OVER));
        } else if (!ValidityHorizon.allows(draft.validTo(), today)) {
            errors.add(FieldRefusal.of("validTo", AllowanceRefusal.CAMPAIGN_VALIDITY_TOO_FAR,
                    "years", ValidityHorizon.YEARS_AHEAD, "max", ValidityHorizon.lastAllowedDay(today)));
        }
    }

    private static List<String> checkCategories(@Nullable AllowanceKind kind, List<String> requested,
                                                List<FieldRefusal> errors) {
        Set<String> codes = new LinkedHashSet<>();
        requested.stream().filter(code -> code != null && !code.isBlank())
                .forEach(code -> codes.add(code.strip().toUpperCase(Locale.ROOT)));
        if (codes.isEmpty()) {
            errors.add(FieldRefusal.of("categories", FieldCode.REQUIRED));
            return List.of();
        }
        if (codes.contains(CampaignSpec.ANY_CATEGORY)) {
            if (kind != null && kind != AllowanceKind.GIFT_CHEQUE) {
                errors.add(FieldRefusal.of("categories", AllowanceRefusal.CAMPAIGN_ANY_CATEGORY_GIFT_CHEQUE_ONLY));
            }
            return List.of(CampaignSpec.ANY_CATEGORY);
        }
        List<String> unknown = codes.stream().filter(code -> Category.fromCode(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            errors.add(FieldRefusal.of("categories", AllowanceRefusal.CAMPAIGN_CATEGORIES_UNKNOWN,
                    "categories", String.join(", ", unknown)));
        } else if (kind == AllowanceKind.CULTURE_CHEQUE) {
            List<String> notCultural = codes.stream()
                    .filter(code -> !Category.fromCode(code).orElseThrow().cultural()).toList();
            if (!notCultural.isEmpty()) {
                errors.add(FieldRefusal.of("categories", AllowanceRefusal.CAMPAIGN_CATEGORIES_NOT_CULTURAL,
                        "categories", String.join(", ", notCultural)));
            }
        }
        return List.copyOf(codes);
    }

    private static void checkShare(@Nullable AllowanceKind kind, @Nullable Integer percent,
                                   List<FieldRefusal> errors) {
        if (percent == null) {
            return;
        }
        if (kind != null && kind != AllowanceKind.SUBSIDY) {
            errors.add(FieldRefusal.of("maxSharePercent", AllowanceRefusal.CAMPAIGN_SHARE_CAP_SUBSIDY_ONLY));
        } else if (percent < 1 || percent > 100) {
            errors.add(FieldRefusal.of("maxSharePercent", FieldCode.OUT_OF_RANGE, "min", 1, "max", 100));
        }
    }

    private static Optional<UrssafEvent> checkEvent(@Nullable AllowanceKind kind, CampaignDraft draft,
                                                    List<FieldRefusal> errors) {
        UrssafEvent event = null;
        if (draft.urssafEvent() != null && !draft.urssafEvent().isBlank()) {
            if (kind != null && kind != AllowanceKind.GIFT_CHEQUE) {
                errors.add(FieldRefusal.of("urssafEvent", AllowanceRefusal.CAMPAIGN_EVENT_GIFT_CHEQUE_ONLY));
            } else {
                event = choice(UrssafEvent.class, "urssafEvent", draft.urssafEvent(), errors);
            }
        }
        if (draft.perChild() && (event == null || !event.perBeneficiary())) {
            errors.add(FieldRefusal.of("perChild", AllowanceRefusal.CAMPAIGN_PER_CHILD_NEEDS_CHILDREN_EVENT));
        } else if (!draft.perChild() && event != null && event.perBeneficiary()
                && (kind == null || kind == AllowanceKind.GIFT_CHEQUE)) {
            errors.add(FieldRefusal.of("perChild", AllowanceRefusal.CAMPAIGN_CHILDREN_EVENT_NEEDS_PER_CHILD));
        }
        return kind == AllowanceKind.GIFT_CHEQUE ? Optional.ofNullable(event) : Optional.empty();
    }

    private void checkTarget(long employerId, @Nullable CampaignTarget target, @Nullable String targetValue,
                             Set<Long> employeeIds, List<FieldRefusal> errors) {
        if (target == null) {
            return;
        }
        switch (target) {
            case DEPARTMENT, SITE -> {
                if (targetValue == null) {
                    errors.add(FieldRefusal.of("targetValue", FieldCode.REQUIRED));
                } else if (targetValue.length() > TARGET_VALUE_LENGTH) {
                    errors.add(FieldRefusal.of("targetValue", FieldCode.TOO_LONG, "max", (long) TARGET_VALUE_LENGTH));
                }
            }
            case LIST -> {
                if (employeeIds.isEmpty()) {
                    errors.add(FieldRefusal.of("employeeIds", FieldCode.REQUIRED));
                } else {
                    Recipients.ListCheck check = recipients.checkList(employerId, employeeIds);
                    if (check.unknown() > 0) {
                        errors.add(FieldRefusal.of("employeeIds", AllowanceRefusal.CAMPAIGN_EMPLOYEES_UNKNOWN,
                                "count", check.unknown()));
                    }
                    if (check.inactive() > 0) {
                        errors.add(FieldRefusal.of("employeeIds", AllowanceRefusal.CAMPAIGN_EMPLOYEES_INACTIVE,
                                "count", check.inactive()));
                    }
                }
            }
            case ALL -> {
            }
        }
    }

    /**
     * The constant {@code value} names, in any case; when it is missing or names none, null and the field's refusal
     * ({@code field.required}, or {@code field.unknown-value} with the names allowed).
     */
    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, String field, @Nullable String value,
                                                           List<FieldRefusal> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldRefusal.of(field, FieldCode.REQUIRED));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(FieldRefusal.of(field, FieldCode.UNKNOWN_VALUE, "allowed",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }
}
