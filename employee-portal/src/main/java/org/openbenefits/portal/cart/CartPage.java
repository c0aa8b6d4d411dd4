package org.openbenefits.portal.cart;

import java.util.ArrayList;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.cart.CartAllowancePart;
import org.openbenefits.contract.api.cart.CartLineView;
import org.openbenefits.contract.api.cart.CartProblem;
import org.openbenefits.contract.api.cart.CartView;
import org.openbenefits.domain.cart.CartRefusal;

/**
 * The cart page, every amount, date and sentence written in the request's language.
 *
 * @param allocation    how each line (and the shipping fee) is paid, one sentence per line: "Cinéma : subvention
 *                      5,00 €, chèque culture 5,00 €, carte 2,00 €"
 * @param problems      the cart's problems that belong to no line shown (an offer no longer available)
 * @param unavailable   the offers of the cart the employee may no longer see, to take out
 * @param code          the advantage code typed, or null
 * @param shipping      the shipping fee ("4,90 €" or "offerte"), or null when nothing is sent by post
 * @param needsEmail    whether a line is e-mailed (e-ticket, e-gift card): the delivery e-mail is shown
 * @param postal        whether a line is sent by post: the postal address and the ship date are shown
 * @param shipBy        "Expédition prévue le 17 décembre 2026", or null
 */
public record CartPage(List<Line> lines, int itemCount, List<String> allocation, List<String> problems,
                       List<Long> unavailable, @Nullable Code code, @Nullable String shipping, String gross,
                       @Nullable String discount, String total, String allowances, String card, boolean needsEmail,
                       boolean postal, @Nullable String shipBy, String email, boolean emailOverridden,
                       boolean addressOverridden, boolean payable) {

    /**
     * A line of the cart.
     *
     * @param priceChange "Le prix a changé depuis l’ajout : 12,00 € → 14,00 €", or null
     * @param problem     what stops it being ordered as it is, or null
     */
    public record Line(long offerId, String title, String category, String delivery, String unitPrice,
                       int quantity, int maxPerOrder, String amount, String availability, String availabilityCode,
                       @Nullable String priceChange, @Nullable String problem) {
    }

    /**
     * The advantage code typed.
     *
     * @param outcome "−1,20 € avec le code CULTURE10", "Livraison offerte avec le code PORTOFFERT", or why it does not
     *                apply
     */
    public record Code(String code, boolean applied, String outcome) {
    }

    public boolean empty() {
        return lines.isEmpty() && unavailable.isEmpty();
    }

    static CartPage of(CartView cart, CartWording words) {
        List<Line> lines = cart.lines().stream().map(line -> line(line, words)).toList();
        List<String> allocation = new ArrayList<>(cart.lines().stream()
                .map(line -> paid(line.title(), line.allowances(), line.cardCents(), words)).toList());
        String shipping = null;
        if (cart.shipping() != null) {
            shipping = cart.shipping().free() ? words.text("cart.shipping.free")
                    : words.euros(cart.shipping().feeCents());
            if (!cart.shipping().free()) {
                allocation.add(paid(words.text("cart.shipping"), cart.shipping().allowances(),
                        cart.shipping().cardCents(), words));
            }
        }
        List<String> problems = new ArrayList<>();
        List<Long> unavailable = new ArrayList<>();
        for (CartProblem problem : cart.problems()) {
            if (CartRefusal.OFFER_UNAVAILABLE.code().equals(problem.code())) {
                problems.add(words.problem(problem));
                if (problem.parameters().get("offer") instanceof Number offer) {
                    unavailable.add(offer.longValue());
                }
            }
        }
        CartView.CartTotals totals = cart.totals();
        boolean needsEmail = cart.lines().stream().anyMatch(line -> !"POSTAL".equals(line.delivery()));
        boolean postal = cart.lines().stream().anyMatch(line -> "POSTAL".equals(line.delivery()));
        return new CartPage(lines, cart.itemCount(), allocation, problems, unavailable, code(cart, words), shipping,
                words.euros(totals.grossCents()),
                totals.discountCents() > 0 ? "−" + words.euros(totals.discountCents()) : null,
                words.euros(totals.totalCents()), words.euros(totals.allowancesCents()),
                words.euros(totals.cardCents()), needsEmail, postal,
                postal && cart.shipBy() != null ? words.text("cart.shipBy", words.longDate(cart.shipBy())) : null,
                cart.delivery().email() == null ? "" : cart.delivery().email(), cart.delivery().emailOverridden(),
                cart.delivery().addressOverridden(), cart.payable());
    }

    private static Line line(CartLineView line, CartWording words) {
        String priceChange = line.priceChanged() ? words.text("cart.line.priceChanged",
                words.euros(line.priceWhenAddedCents()), words.euros(line.unitPriceCents())) : null;
        String availability = "LOW".equals(line.availability()) && line.remaining() != null
                ? words.text("catalogue.availability.LOW", line.remaining())
                : words.label("catalogue.availability.", line.availability());
        return new Line(line.offerId(), line.title(), words.label("allowance.category.", line.category()),
                words.label("catalogue.delivery.", line.delivery()), words.euros(line.unitPriceCents()),
                line.quantity(), line.maxPerOrder(), words.euros(line.netCents()), availability, line.availability(),
                priceChange, line.problem() == null ? null : words.problem(line.problem()));
    }

    /** "Cinéma : subvention 5,00 €, chèque culture 5,00 €, carte 2,00 €". */
    static String paid(String title, List<CartAllowancePart> parts, long cardCents, CartWording words) {
        List<String> payers = new ArrayList<>();
        for (CartAllowancePart part : parts) {
            payers.add(words.text("cart.part", words.label("cart.kind.", part.kind()), words.euros(part.amountCents())));
        }
        if (cardCents > 0 || payers.isEmpty()) {
            payers.add(words.text("cart.part", words.text("cart.kind.card"), words.euros(cardCents)));
        }
        return words.text("cart.paid", title, String.join(", ", payers));
    }

    private static @Nullable Code code(CartView cart, CartWording words) {
        CartView.CartAdvantageCode code = cart.advantageCode();
        if (code == null) {
            return null;
        }
        if (!code.applied()) {
            return new Code(code.code(), false, code.refusal() == null ? words.text("cart.code.notApplied", code.code())
                    : words.problem(code.refusal()));
        }
        return new Code(code.code(), true, code.freeShipping() && code.discountCents() == 0
                ? words.text("cart.code.freeShipping", code.code())
                : words.text("cart.code.applied", words.euros(code.discountCents()), code.code()));
    }
}
