package org.openbenefits.domain.pricing;

import java.util.List;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * Why an advantage code typed in the cart does not apply. Each carries the code as typed (in capitals) and what the
 * sentence needs; amounts are {@code Money}, days {@code LocalDate}. A code reserved to another employer is
 * {@link #UNKNOWN}, as if it did not exist. Checkout shows them beside the cart, which is priced without the code.
 *
 * <p>Not yet in {@code RefusalCatalogue.AREAS}: no route answers them. The issue that adds the cart and checkout routes
 * registers this enum there, words each code in platform-api's {@code i18n/problems*.properties} (and the employee
 * portal's bundles where it words them) and regenerates docs/api/errors.md.
 */
public enum PricingRefusal implements RefusalCode {

    /** No such code, or one reserved to another employer's employees. */
    UNKNOWN("advantage-code.unknown", RefusalKind.NOT_FOUND, "code"),
    /** The code's first valid day, {@code validFrom}, is still to come. */
    NOT_YET_VALID("advantage-code.not-yet-valid", RefusalKind.CONFLICT, "code", "validFrom"),
    /** The code's last valid day, {@code expires}, is past. */
    EXPIRED("advantage-code.expired", RefusalKind.CONFLICT, "code", "expires"),
    /** The code was used as many times as it may be, by all employees together. */
    EXHAUSTED("advantage-code.exhausted", RefusalKind.CONFLICT, "code"),
    /** The employee used the code as many times as one employee may: {@code limit}. */
    ALREADY_USED("advantage-code.already-used", RefusalKind.CONFLICT, "code", "limit"),
    /** No line of the cart is of the code's categories, or those lines are free. */
    NO_ELIGIBLE_LINE("advantage-code.no-eligible-line", RefusalKind.CONFLICT, "code"),
    /** The lines of the code's categories add up to less than its {@code minimum}: {@code missing} is what lacks. */
    MINIMUM_NOT_REACHED("advantage-code.minimum-not-reached", RefusalKind.CONFLICT, "code", "minimum", "missing"),
    /** A free-shipping code on a cart with nothing sent by post. */
    NO_POSTAL_LINE("advantage-code.no-postal-line", RefusalKind.CONFLICT, "code");

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    PricingRefusal(String code, RefusalKind kind, String... parameters) {
        this.code = code;
        this.kind = kind;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalKind kind() {
        return kind;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
