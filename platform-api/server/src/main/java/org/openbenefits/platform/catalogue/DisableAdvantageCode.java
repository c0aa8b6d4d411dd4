package org.openbenefits.platform.catalogue;

import java.time.Clock;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;

/** A platform admin disables an advantage code: no cart takes it from then on. Disabling it again changes nothing. */
@Singleton
public class DisableAdvantageCode {

    /** How disabling ended. */
    public sealed interface Outcome {
    }

    public record Disabled(long id) implements Outcome {
    }

    /** No such code: {@code resource.not-found}. */
    public record NotFound() implements Outcome {

        public Refusal refusal() {
            return Refusal.of(GeneralRefusal.NOT_FOUND);
        }
    }

    private final AdvantageCodes codes;
    private final Audit audit;
    private final Clock clock;

    DisableAdvantageCode(AdvantageCodes codes, Audit audit, Clock clock) {
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome disable(long adminId, long id) {
        var found = codes.lockDisabled(id);
        if (found.isEmpty()) {
            return new NotFound();
        }
        if (!found.get()) {
            codes.disable(id, clock.instant());
            audit.record(adminId, null, AuditAction.ADVANTAGE_CODE_DISABLED, "advantage-code:" + id, null);
        }
        return new Disabled(id);
    }
}
