package org.openbenefits.contract.api.cart;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;
import org.openbenefits.contract.api.me.ProfileAddress;

/**
 * The employee's cart as checkout would price and pay it now: its lines with their allocation, the shipping fee, the
 * advantage code, the totals and where it would be delivered. An empty cart is a valid view with no line.
 *
 * @param lines         the lines, in the order they were first added; a line whose offer the employee may no longer
 *                      see is left out and named in {@code problems} ({@code cart.offer-unavailable})
 * @param itemCount     the quantities of the lines added up
 * @param shipping      the shipping fee with what pays it; absent when nothing is sent by post
 * @param advantageCode the advantage code typed; absent when none
 * @param totals        what the cart adds up to
 * @param delivery      where the e-tickets, e-gift cards and postal items go
 * @param shipBy        when postal lines ship if the order is paid now; absent without postal line
 * @param problems      every problem of the cart (a line's is also on the line), worded in the request's language
 * @param payable       whether checkout may go on: at least one line, no problem, an address for postal lines
 */
@Serdeable
public record CartView(List<CartLineView> lines, int itemCount,
                       @Nullable @Schema(type = "object") CartShipping shipping,
                       @Nullable @Schema(type = "object") CartAdvantageCode advantageCode, CartTotals totals,
                       CartDelivery delivery,
                       @Nullable LocalDate shipBy, List<CartProblem> problems, boolean payable) {

    public CartView {
        lines = lines == null ? List.of() : List.copyOf(lines);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /**
     * The shipping fee and what pays it: only allowances of "any category" campaigns pay it, the card the rest.
     *
     * @param free whether shipping is free (threshold reached or a free-shipping code)
     */
    @Serdeable
    public record CartShipping(@Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long feeCents,
                               boolean free, List<CartAllowancePart> allowances,
                               @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long cardCents) {

        public CartShipping {
            allowances = allowances == null ? List.of() : List.copyOf(allowances);
        }
    }

    /**
     * The advantage code as typed and what became of it.
     *
     * @param code          as typed, in capitals
     * @param applied       whether it applies
     * @param discountCents what it takes off the lines (zero for free shipping)
     * @param freeShipping  whether it makes shipping free
     * @param refusal       why it does not apply (advantage-code.*); absent when it applies
     */
    @Serdeable
    public record CartAdvantageCode(String code, boolean applied,
                                    @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long discountCents,
                                    boolean freeShipping,
                                    @Nullable @Schema(type = "object") CartProblem refusal) {
    }

    /**
     * The totals: lines before discount, discount, shipping, total, and how it is paid.
     *
     * @param allowancesCents what the employee's allowances pay
     * @param cardCents       what is left to pay by card
     */
    @Serdeable
    public record CartTotals(@Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long grossCents,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long discountCents,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long shippingCents,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long totalCents,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long allowancesCents,
                             @Schema(description = Amounts.CENTS, requiredMode = REQUIRED) long cardCents) {

        /** The totals of an empty cart. */
        public static final CartTotals NONE = new CartTotals(0, 0, 0, 0, 0, 0);
    }

    /**
     * Where the order would be delivered.
     *
     * @param email              the delivery e-mail in effect: this order's, else the profile's
     * @param emailOverridden    whether it is this order's own
     * @param postalAddress      the postal address in effect (this order's, else the profile's) when a line is sent
     *                           by post; absent otherwise, or when the profile has none and none was given
     * @param addressOverridden  whether an address was given for this order
     */
    @Serdeable
    public record CartDelivery(@Nullable String email, boolean emailOverridden,
                               @Nullable @Schema(type = "object") ProfileAddress postalAddress,
                               boolean addressOverridden) {

        @Override
        public String toString() {
            return "CartDelivery[***]";
        }
    }
}
