package org.openbenefits.platform.catalogue;

import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.openbenefits.domain.pricing.AdvantageCode;
import org.openbenefits.domain.pricing.Benefit;
import org.openbenefits.platform.infrastructure.Jdbc;

/** The stored advantage codes; rows hold a domain {@link AdvantageCode}'s fields, one column each. */
@Singleton
class AdvantageCodes {

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
}
