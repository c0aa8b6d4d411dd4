package org.openbenefits.platform.catalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.ShippingSettings;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;

/** A platform admin sets the shipping fee and the free-shipping threshold, for the carts priced from now on. */
@Singleton
public class ChangeShippingSettings {

    /** The highest fee or threshold: 1,000.00 EUR. */
    static final long MAX_CENTS = 100_000L;

    private final ShippingSettingsStore store;
    private final Audit audit;
    private final Clock clock;

    ChangeShippingSettings(ShippingSettingsStore store, Audit audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws Refused {@code request.invalid} when an amount is missing (null), below 0 or above 1,000.00 EUR */
    @Transactional
    public ShippingSettings change(long adminId, Long feeCents, Long freeFromCents) {
        List<FieldRefusal> errors = new ArrayList<>();
        within("feeCents", feeCents, errors);
        within("freeFromCents", freeFromCents, errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors).toException();
        }
        ShippingSettings settings = new ShippingSettings(Money.ofCents(feeCents), Money.ofCents(freeFromCents));
        store.save(settings, adminId, clock.instant());
        audit.record(adminId, null, AuditAction.SHIPPING_SETTINGS_CHANGED, "shipping-settings",
                settings.fee().format() + " / " + settings.freeFrom().format());
        return settings;
    }

    private static void within(String field, Long cents, List<FieldRefusal> errors) {
        if (cents == null) {
            errors.add(FieldRefusal.of(field, FieldCode.REQUIRED));
        } else if (cents < 0 || cents > MAX_CENTS) {
            errors.add(FieldRefusal.of(field, FieldCode.OUT_OF_RANGE, "min", Money.ZERO, "max", Money.ofCents(MAX_CENTS)));
        }
    }
}
