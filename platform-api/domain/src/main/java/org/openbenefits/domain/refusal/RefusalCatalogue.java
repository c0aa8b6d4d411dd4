package org.openbenefits.domain.refusal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.openbenefits.domain.identity.IdentityRefusal;

/**
 * Every refusal code the platform can give, gathered from the enum of each area. A new area adds its enum here; the
 * catalogue tests then require its wordings in every bundle and in docs/api/errors.md.
 */
public final class RefusalCatalogue {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    /** The enums of codes, one per area. */
    static final List<Class<? extends Enum<? extends RefusalCode>>> AREAS = List.of(
            GeneralRefusal.class,
            FieldCode.class,
            IdentityRefusal.class,
            org.openbenefits.domain.employee.EmployeeRefusal.class,
            org.openbenefits.domain.allowance.AllowanceRefusal.class,
            org.openbenefits.domain.catalogue.CatalogueRefusal.class,
            org.openbenefits.domain.pricing.PricingRefusal.class,
            org.openbenefits.domain.cart.CartRefusal.class,
            org.openbenefits.domain.payment.PaymentRefusal.class,
            org.openbenefits.domain.payment.CheckoutRefusal.class,
            org.openbenefits.domain.order.OrderRefusal.class);

    private static final List<RefusalCode> ALL;
    private static final Map<String, RefusalCode> BY_CODE;

    static {
        List<RefusalCode> all = new ArrayList<>();
        Map<String, RefusalCode> byCode = new HashMap<>();
        for (Class<? extends Enum<? extends RefusalCode>> area : AREAS) {
            for (Enum<? extends RefusalCode> constant : area.getEnumConstants()) {
                RefusalCode code = (RefusalCode) constant;
                if (!FORMAT.matcher(code.code()).matches()) {
                    throw new IllegalStateException("Refusal code " + code.code() + " is not lower-case words joined by dots");
                }
                if (byCode.put(code.code(), code) != null) {
                    throw new IllegalStateException("Refusal code " + code.code() + " is defined twice");
                }
                all.add(code);
            }
        }
        ALL = Collections.unmodifiableList(all);
        BY_CODE = Map.copyOf(byCode);
    }

    private RefusalCatalogue() {
    }

    /** Every code, area by area. */
    public static List<RefusalCode> all() {
        return ALL;
    }

    public static Optional<RefusalCode> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}
