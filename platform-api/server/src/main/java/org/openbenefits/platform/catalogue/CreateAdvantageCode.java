package org.openbenefits.platform.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.allocation.EligibleCategories;
import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.catalogue.Category;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.AdvantageCode;
import org.openbenefits.domain.pricing.Benefit;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * A platform admin creates an advantage code: checked field by field, then built as the domain's
 * {@link AdvantageCode} (which pricing applies) and stored. A name taken already, even by a disabled code, is
 * refused: a code once given out keeps meaning the same thing.
 */
@Singleton
public class CreateAdvantageCode {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 20;
    static final long MAX_CENTS = 1_000_000L;
    static final int MAX_LIMIT = 1_000_000;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    /** How a creation ended. */
    public sealed interface Outcome {
    }

    public record Created(long id) implements Outcome {
    }

    /** Another code has this name: {@code advantage-code.taken}. */
    public record Taken(String code) implements Outcome {

        public Refusal refusal() {
            return Refusal.of(CatalogueRefusal.ADVANTAGE_CODE_TAKEN, "code", code);
        }
    }

    private final AdvantageCodes codes;
    private final Jdbc jdbc;
    private final Audit audit;
    private final Clock clock;

    CreateAdvantageCode(AdvantageCodes codes, Jdbc jdbc, Audit audit, Clock clock) {
        this.codes = codes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws Refused {@code request.invalid} with every field at fault */
    @Transactional
    public Outcome create(long adminId, AdvantageCodeDraft draft) {
        AdvantageCode code = check(draft);
        if (codes.exists(code.code())) {
            return new Taken(code.code());
        }
        long id = codes.insert(code, adminId, clock.instant());
        audit.record(adminId, code.employer().isPresent() ? code.employer().getAsLong() : null,
                AuditAction.ADVANTAGE_CODE_CREATED, "advantage-code:" + id, code.code());
        return new Created(id);
    }

    private AdvantageCode check(AdvantageCodeDraft draft) {
        List<FieldRefusal> errors = new ArrayList<>();
        String name = draft.code() == null ? "" : AdvantageCode.normalise(draft.code());
        if (name.isEmpty()) {
            errors.add(FieldRefusal.of("code", FieldCode.REQUIRED));
        } else if (!FORMAT.matcher(name).matches()) {
            errors.add(FieldRefusal.of("code", CatalogueRefusal.ADVANTAGE_CODE_FORMAT, "min", (long) MIN_LENGTH,
                    "max", (long) MAX_LENGTH));
        }
        Benefit benefit = benefit(draft, errors);
        List<String> unknown = draft.categories().stream().filter(category -> Category.fromCode(category).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            errors.add(FieldRefusal.of("categories", FieldCode.UNKNOWN_VALUE, "allowed",
                    String.join(", ", Arrays.stream(Category.values()).map(Enum::name).toList())));
        }
        long minimum = draft.minimumCents() == null ? 0 : draft.minimumCents();
        if (minimum < 0 || minimum > MAX_CENTS) {
            errors.add(FieldRefusal.of("minimumCents", FieldCode.OUT_OF_RANGE, "min", Money.ZERO,
                    "max", Money.ofCents(MAX_CENTS)));
        }
        if (draft.validFrom() != null && draft.expires() != null && draft.expires().isBefore(draft.validFrom())) {
            errors.add(FieldRefusal.of("expires", CatalogueRefusal.ADVANTAGE_CODE_ENDS_BEFORE_START));
        }
        limit("totalLimit", draft.totalLimit(), errors);
        limit("perEmployeeLimit", draft.perEmployeeLimit(), errors);
        if (draft.employerId() != null
                && jdbc.number("SELECT COUNT(*) FROM employer WHERE id = ?", draft.employerId()) == 0) {
            errors.add(FieldRefusal.of("employerId", CatalogueRefusal.EMPLOYERS_UNKNOWN, "count", 1L));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors).toException();
        }
        EligibleCategories categories = draft.categories().isEmpty() ? EligibleCategories.anyCategory()
                : EligibleCategories.only(new LinkedHashSet<>(draft.categories()));
        return new AdvantageCode(name, benefit, categories, Money.ofCents(minimum),
                Optional.ofNullable(draft.validFrom()), Optional.ofNullable(draft.expires()),
                draft.totalLimit() == null ? OptionalInt.empty() : OptionalInt.of(draft.totalLimit()),
                draft.perEmployeeLimit() == null ? OptionalInt.empty() : OptionalInt.of(draft.perEmployeeLimit()),
                draft.employerId() == null ? OptionalLong.empty() : OptionalLong.of(draft.employerId()));
    }

    private static Benefit benefit(AdvantageCodeDraft draft, List<FieldRefusal> errors) {
        if (draft.benefit() == null || draft.benefit().isBlank()) {
            errors.add(FieldRefusal.of("benefit", FieldCode.REQUIRED));
            return null;
        }
        switch (draft.benefit()) {
            case "PERCENT_OFF" -> {
                if (draft.percent() == null) {
                    errors.add(FieldRefusal.of("percent", FieldCode.REQUIRED));
                } else if (draft.percent() < 1 || draft.percent() > 100) {
                    errors.add(FieldRefusal.of("percent", FieldCode.OUT_OF_RANGE, "min", 1L, "max", 100L));
                } else {
                    return new Benefit.PercentOff(BigDecimal.valueOf(draft.percent()));
                }
            }
            case "AMOUNT_OFF" -> {
                if (draft.amountCents() == null) {
                    errors.add(FieldRefusal.of("amountCents", FieldCode.REQUIRED));
                } else if (draft.amountCents() < 1 || draft.amountCents() > MAX_CENTS) {
                    errors.add(FieldRefusal.of("amountCents", FieldCode.OUT_OF_RANGE, "min", Money.ofCents(1),
                            "max", Money.ofCents(MAX_CENTS)));
                } else {
                    return new Benefit.AmountOff(Money.ofCents(draft.amountCents()));
                }
            }
            case "FREE_SHIPPING" -> {
                return new Benefit.FreeShipping();
            }
            default -> errors.add(FieldRefusal.of("benefit", FieldCode.UNKNOWN_VALUE, "allowed",
                    "PERCENT_OFF, AMOUNT_OFF, FREE_SHIPPING"));
        }
        return null;
    }

    private static void limit(String field, Integer value, List<FieldRefusal> errors) {
        if (value != null && (value < 1 || value > MAX_LIMIT)) {
            errors.add(FieldRefusal.of(field, FieldCode.OUT_OF_RANGE, "min", 1L, "max", (long) MAX_LIMIT));
        }
    }
}
