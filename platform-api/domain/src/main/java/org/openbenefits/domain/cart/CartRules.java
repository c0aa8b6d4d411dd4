package org.openbenefits.domain.cart;

import java.util.Optional;
import java.util.regex.Pattern;

import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.pricing.AdvantageCode;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;

/**
 * What the employee may put in their cart before any offer is read: a quantity of at least one, at most
 * {@link #MAX_LINES} lines, an advantage code written as codes are. What the offer itself allows (its stock, its
 * maximum per order, whether the employee may see it) is judged when the cart is quoted, line by line.
 */
public final class CartRules {

    /** The most lines a cart holds. */
    public static final int MAX_LINES = 20;
    /** The shortest and longest advantage code, as platform admins create them. */
    public static final int CODE_MIN_LENGTH = 3;
    public static final int CODE_MAX_LENGTH = 20;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{" + CODE_MIN_LENGTH + "," + CODE_MAX_LENGTH + "}");

    private CartRules() {
    }

    /**
     * A quantity asked for a line: required, at least 1 ({@code field.required}, {@code field.too-small} on
     * {@code quantity}).
     */
    public static Optional<FieldRefusal> quantity(Integer quantity) {
        if (quantity == null) {
            return Optional.of(FieldRefusal.of("quantity", FieldCode.REQUIRED));
        }
        if (quantity < 1) {
            return Optional.of(FieldRefusal.of("quantity", FieldCode.TOO_SMALL, "min", 1L));
        }
        return Optional.empty();
    }

    /**
     * A line added to a cart of {@code lines} lines; setting the quantity of a line already there is always room.
     * Refused {@code cart.too-many-lines} on {@code offerId} past {@link #MAX_LINES}.
     */
    public static Optional<FieldRefusal> room(int lines, boolean alreadyThere) {
        if (!alreadyThere && lines >= MAX_LINES) {
            return Optional.of(FieldRefusal.of("offerId", CartRefusal.TOO_MANY_LINES, "maximum", (long) MAX_LINES));
        }
        return Optional.empty();
    }

    /**
     * An advantage code as typed, normalised ({@link AdvantageCode#normalise}); refused {@code field.required} when
     * blank, {@code advantage-code.invalid-format} when it cannot be a code, on {@code code}. A code that is well
     * written but does not apply is kept: the cart says why.
     */
    public static CodeEntry code(String typed) {
        String code = typed == null ? "" : AdvantageCode.normalise(typed);
        if (code.isEmpty()) {
            return new CodeEntry.Refused(FieldRefusal.of("code", FieldCode.REQUIRED));
        }
        if (!CODE.matcher(code).matches()) {
            return new CodeEntry.Refused(FieldRefusal.of("code", CatalogueRefusal.ADVANTAGE_CODE_FORMAT,
                    "min", (long) CODE_MIN_LENGTH, "max", (long) CODE_MAX_LENGTH));
        }
        return new CodeEntry.Written(code);
    }

    /** An advantage code typed in the cart: written as codes are, or refused. */
    public sealed interface CodeEntry {

        record Written(String code) implements CodeEntry {
        }

        record Refused(FieldRefusal refusal) implements CodeEntry {
        }
    }
}
