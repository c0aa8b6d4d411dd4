package org.openbenefits.platform.cart;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.cart.CartAllowancePart;
import org.openbenefits.contract.api.cart.CartLineView;
import org.openbenefits.contract.api.cart.CartProblem;
import org.openbenefits.contract.api.cart.CartView;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.domain.allocation.LineAllocation;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.CodeOutcome;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.catalogue.Availability;
import org.openbenefits.platform.checkout.GrantPart;
import org.openbenefits.platform.checkout.Quote;
import org.openbenefits.platform.checkout.QuoteCart;
import org.openbenefits.platform.checkout.QuotedLine;
import org.openbenefits.platform.employee.EmployeeProfileRow;
import org.openbenefits.platform.employee.EmployeeProfiles;
import org.openbenefits.platform.me.PostalAddress;
import org.openbenefits.platform.web.RefusalWording;

/**
 * The employee's cart as the API shows it: the stored cart quoted now by {@link QuoteCart} (lines the employee may
 * see, their prices, stock and allocation, the advantage code, the shipping fee and date), with each line's price
 * when added, and where the order would go (this order's choices, else the profile's). Problems are worded in the
 * request's language.
 */
@Singleton
class CartReader {

    private final Carts carts;
    private final QuoteCart quotes;
    private final EmployeeProfiles profiles;

    CartReader(Carts carts, QuoteCart quotes, EmployeeProfiles profiles) {
        this.carts = carts;
        this.quotes = quotes;
        this.profiles = profiles;
    }

    @Transactional
    CartView read(long employerId, long employeeId, String language) {
        StoredCart cart = carts.of(employeeId);
        @Nullable EmployeeProfileRow profile = profiles.findById(employeeId).orElse(null);
        if (cart.lines().isEmpty() && cart.advantageCode().isEmpty()) {
            return new CartView(List.of(), 0, null, null, CartView.CartTotals.NONE,
                    delivery(cart, profile, false), null, List.of(), false);
        }
        Quote quote = quotes.quote(employerId, employeeId, cart.content());
        Map<Long, StoredCart.Line> stored = cart.lines().stream()
                .collect(Collectors.toMap(StoredCart.Line::offerId, Function.identity()));
        List<CartLineView> lines = quote.lines().stream()
                .map(line -> line(line, stored.get(line.offerId()), language)).toList();
        boolean postal = quote.lines().stream().anyMatch(line -> line.delivery() == Delivery.POSTAL);
        CartView.CartDelivery delivery = delivery(cart, profile, postal);
        CartView.CartTotals totals = new CartView.CartTotals(quote.priced().gross().cents(), quote.discount().cents(),
                quote.shippingFee().cents(), quote.total().cents(), quote.allowances().cents(), quote.card().cents());
        boolean payable = quote.payable() && (!postal || delivery.postalAddress() != null);
        return new CartView(lines, lines.stream().mapToInt(CartLineView::quantity).sum(),
                postal ? shipping(quote) : null, advantageCode(quote.priced().code(), language), totals, delivery,
                quote.shipBy().orElse(null), quote.problems().stream().map(problem -> problem(problem, language))
                .toList(), payable);
    }

    private static CartLineView line(QuotedLine line, @Nullable StoredCart.Line stored, String language) {
        Money whenAdded = stored == null ? line.unitPrice() : stored.priceWhenAdded();
        Availability availability = Availability.of(line.available());
        return new CartLineView(line.offerId(), line.title(), line.category(), line.delivery().name(),
                line.quantity(), line.unitPrice().cents(), whenAdded.cents(), !whenAdded.equals(line.unitPrice()),
                availability.name(), availability.remaining(line.available()), line.maxPerOrder(),
                line.priced().gross().cents(), line.priced().discount().cents(), line.priced().net().cents(),
                parts(line.parts()), line.allocation().card().cents(),
                line.problem().map(problem -> problem(problem, language)).orElse(null));
    }

    private static CartView.CartShipping shipping(Quote quote) {
        Money fee = quote.shippingFee();
        return new CartView.CartShipping(fee.cents(), !fee.isPositive(), parts(quote.shippingParts()),
                quote.shipping().map(LineAllocation::card).orElse(Money.ZERO).cents());
    }

    private static @Nullable CartView.CartAdvantageCode advantageCode(CodeOutcome outcome, String language) {
        return switch (outcome) {
            case CodeOutcome.NoCode _ -> null;
            case CodeOutcome.Applied applied -> new CartView.CartAdvantageCode(applied.code().code(), true,
                    applied.discount().cents(), applied.freeShipping(), null);
            case CodeOutcome.NotApplied refused -> new CartView.CartAdvantageCode(refused.typed(), false, 0, false,
                    problem(refused.refusal(), language));
        };
    }

    private static List<CartAllowancePart> parts(List<GrantPart> parts) {
        return parts.stream().map(part -> new CartAllowancePart(part.grantId(), part.kind().name(),
                part.campaignName(), part.amount().cents())).toList();
    }

    static CartProblem problem(Refusal refusal, String language) {
        return new CartProblem(refusal.code().code(), RefusalWording.parameters(refusal),
                RefusalWording.of(refusal, language));
    }

    /** This order's e-mail, else the profile's; the address only when something is sent by post. */
    private static CartView.CartDelivery delivery(StoredCart cart, @Nullable EmployeeProfileRow profile,
                                                  boolean postal) {
        String email = cart.email() != null ? cart.email() : profile == null ? null : profile.effectiveDeliveryEmail();
        PostalAddress address = cart.address() != null ? cart.address() : profile == null ? null : address(profile);
        return new CartView.CartDelivery(email, cart.email() != null, postal && address != null
                ? new ProfileAddress(address.line1(), address.line2(), address.postalCode(), address.city(),
                address.country()) : null, cart.address() != null);
    }

    private static @Nullable PostalAddress address(EmployeeProfileRow profile) {
        return profile.hasAddress() ? new PostalAddress(profile.addressLine1(), profile.addressLine2(),
                profile.addressPostalCode(), profile.addressCity(),
                profile.addressCountry() == null ? PostalAddress.DEFAULT_COUNTRY : profile.addressCountry()) : null;
    }
}
