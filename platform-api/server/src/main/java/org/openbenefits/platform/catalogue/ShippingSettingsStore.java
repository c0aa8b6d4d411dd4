package org.openbenefits.platform.catalogue;

import java.time.Instant;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.ShippingSettings;
import org.openbenefits.platform.infrastructure.Jdbc;

/** The platform's shipping settings: one row once an admin set them, {@link ShippingSettings#DEFAULTS} until then. */
@Singleton
public class ShippingSettingsStore {

    private final Jdbc jdbc;

    ShippingSettingsStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ShippingSettings current() {
        return jdbc.one("SELECT fee_cents, free_from_cents FROM shipping_settings WHERE id = 1",
                        row -> new ShippingSettings(Money.ofCents(row.getLong("fee_cents")),
                                Money.ofCents(row.getLong("free_from_cents"))))
                .orElse(ShippingSettings.DEFAULTS);
    }

    void save(ShippingSettings settings, long adminId, Instant now) {
        jdbc.update("""
                INSERT INTO shipping_settings (id, fee_cents, free_from_cents, updated_by, updated_at)
                VALUES (1, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE fee_cents = VALUES(fee_cents), free_from_cents = VALUES(free_from_cents),
                                        updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""",
                settings.fee().cents(), settings.freeFrom().cents(), adminId, now);
    }
}
