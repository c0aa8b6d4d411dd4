package org.openbenefits.platform.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import jakarta.inject.Singleton;
import org.openbenefits.domain.allocation.EligibleCategories;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.AdvantageCode;
import org.openbenefits.domain.pricing.Benefit;
import org.openbenefits.domain.pricing.CodeUses;
import org.openbenefits.platform.infrastructure.Jdbc;

/** The stored advantage codes; rows hold a domain {@link AdvantageCode}'s fields, one column each. */
@Singleton
public class AdvantageCodes {

    /** A code as stored: its row id, which orders record when they use it, and the rule. */
    public record Stored(long id, AdvantageCode code) {
    }

    private final Jdbc jdbc;

    AdvantageCodes(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code) {
        return jdbc.number("SELECT COUNT(*) FROM advantage_code WHERE code = ?", code) > 0;
    }

    long insert(AdvantageCode code, long adminId, Instant now) {
        Integer percent = code.benefit() instanceof Benefit.PercentOff off ? off.percent().intValueExact() : null;
        Long amount = code.benefit() instanceof Benefit.AmountOff off ? off.amount().cents() : null;
        String benefit = switch (code.benefit()) {
            case Benefit.PercentOff ignored -> "PERCENT_OFF";
            case Benefit.AmountOff ignored -> "AMOUNT_OFF";
            case Benefit.FreeShipping ignored -> "FREE_SHIPPING";
        };
        String categories = code.categories().any() ? "" : String.join(",", code.categories().names().stream()
                .sorted().toList());
        return jdbc.insert("""
                INSERT INTO advantage_code (code, benefit, percent, amount_cents, categories, minimum_cents, valid_from,
                                            expires, total_limit, per_employee_limit, employer_id, disabled,
                                            created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?)""",
                code.code(), benefit, percent, amount, categories, code.minimum().cents(),
                code.validFrom().orElse(null), code.expires().orElse(null),
                code.totalLimit().isPresent() ? code.totalLimit().getAsInt() : null,
                code.perEmployeeLimit().isPresent() ? code.perEmployeeLimit().getAsInt() : null,
                code.employer().isPresent() ? code.employer().getAsLong() : null, adminId, now);
    }

    /** Whether the code is disabled, its row locked; empty when there is no such code. */
    Optional<Boolean> lockDisabled(long id) {
        return jdbc.one("SELECT disabled FROM advantage_code WHERE id = ? FOR UPDATE", row -> row.getBoolean(1), id);
    }

    void disable(long id, Instant now) {
        jdbc.update("UPDATE advantage_code SET disabled = TRUE, disabled_at = ? WHERE id = ?", now, id);
    }

    /** The code stored under this name ({@link AdvantageCode#normalise}d), unless disabled: a disabled code is unknown. */
    public Optional<Stored> usable(String normalised) {
        return jdbc.one("""
                SELECT id, code, benefit, percent, amount_cents, categories, minimum_cents, valid_from, expires,
                       total_limit, per_employee_limit, employer_id
                FROM advantage_code WHERE code = ? AND NOT disabled""", row -> {
            Benefit benefit = switch (row.getString("benefit")) {
                case "PERCENT_OFF" -> new Benefit.PercentOff(BigDecimal.valueOf(row.getInt("percent")));
                case "AMOUNT_OFF" -> new Benefit.AmountOff(Money.ofCents(row.getLong("amount_cents")));
                default -> new Benefit.FreeShipping();
            };
            String categories = row.getString("categories");
            Integer total = Jdbc.nullableInt(row, "total_limit");
            Integer perEmployee = Jdbc.nullableInt(row, "per_employee_limit");
            Long employer = Jdbc.nullableLong(row, "employer_id");
            return new Stored(row.getLong("id"), new AdvantageCode(row.getString("code"), benefit,
                    categories.isEmpty() ? EligibleCategories.anyCategory()
                            : EligibleCategories.only(Arrays.asList(categories.split(","))),
                    Money.ofCents(row.getLong("minimum_cents")),
                    Optional.ofNullable(row.getObject("valid_from", LocalDate.class)),
                    Optional.ofNullable(row.getObject("expires", LocalDate.class)),
                    total == null ? OptionalInt.empty() : OptionalInt.of(total),
                    perEmployee == null ? OptionalInt.empty() : OptionalInt.of(perEmployee),
                    employer == null ? OptionalLong.empty() : OptionalLong.of(employer)));
        }, AdvantageCode.normalise(normalised));
    }

    /** The orders that used the code so far ({@code advantage_code_use}), in all and by the employee. */
    public CodeUses uses(long codeId, long employeeId) {
        return jdbc.one("""
                SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN employee_id = ? THEN 1 ELSE 0 END), 0) AS mine
                FROM advantage_code_use WHERE code_id = ?""",
                row -> new CodeUses(row.getLong("total"), row.getLong("mine")), employeeId, codeId)
                .orElse(CodeUses.NONE);
    }
}
