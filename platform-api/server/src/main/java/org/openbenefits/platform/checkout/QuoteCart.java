package org.openbenefits.platform.checkout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.allocation.Allocation;
import org.openbenefits.domain.allocation.AllowanceAllocator;
import org.openbenefits.domain.allocation.Grant;
import org.openbenefits.domain.allocation.LineAllocation;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.calendar.ShipByDate;
import org.openbenefits.domain.cart.CartRefusal;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.CartItem;
import org.openbenefits.domain.pricing.CheckAdvantageCode;
import org.openbenefits.domain.pricing.CodeCheck;
import org.openbenefits.domain.pricing.CodeUses;
import org.openbenefits.domain.pricing.PriceCart;
import org.openbenefits.domain.pricing.PricedCart;
import org.openbenefits.domain.pricing.PricedLine;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.catalogue.AdvantageCodes;
import org.openbenefits.platform.catalogue.CatalogueReader;
import org.openbenefits.platform.checkout.ActiveGrantReader.ActiveGrant;
import org.openbenefits.platform.catalogue.OfferReader;
import org.openbenefits.platform.catalogue.ShippingSettingsStore;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * Prices and allocates a cart as checkout would take it now (docs/domain-rules.md, "Pricing" and "Exact allocation at
 * checkout"): the offers the employee may see as they are today, the stock left, the advantage code with its uses so
 * far, the shipping settings, and the employee's active grants with their balances, on today's Paris date. The cart
 * page shows the result; checkout holds it. Runs in the caller's transaction when there is one.
 */
@Singleton
public class QuoteCart {

    /** The most different offers one cart holds. */
    public static final int MAX_LINES = 20;

    private record Offer(long id, String title, String category, Delivery delivery, Money price, long available,
                         int maxPerOrder) {
    }

    private final Jdbc jdbc;
    private final ActiveGrantReader grants;
    private final AdvantageCodes codes;
    private final ShippingSettingsStore shipping;
    private final Clock clock;
    private final AllowanceAllocator allocator = new AllowanceAllocator();

    QuoteCart(Jdbc jdbc, ActiveGrantReader grants, AdvantageCodes codes, ShippingSettingsStore shipping, Clock clock) {
        this.jdbc = jdbc;
        this.grants = grants;
        this.codes = codes;
        this.shipping = shipping;
        this.clock = clock;
    }

    @Transactional
    public Quote quote(long employerId, long employeeId, CartContent content) {
        LocalDate today = grants.today();
        Map<Long, Offer> offers = offers(employerId, content);
        List<CartContent.Item> visible = content.items().stream()
                .filter(item -> offers.containsKey(item.offerId())).toList();
        List<CartItem> items = visible.stream().map(item -> {
            Offer offer = offers.get(item.offerId());
            return new CartItem(QuotedLine.lineId(offer.id()), offer.category(), offer.delivery(), offer.price(),
                    item.quantity());
        }).toList();
        PriceCart pricing = new PriceCart(shipping.current());
        PricedCart priced = content.advantageCode().filter(typed -> !typed.isBlank())
                .map(typed -> pricing.price(items, codeCheck(typed, employerId, employeeId, today)))
                .orElseGet(() -> pricing.price(items));

        Map<String, ActiveGrant> byAllocationId = new HashMap<>();
        List<Grant> active = new ArrayList<>();
        for (ActiveGrant grant : grants.ofEmployee(employeeId)) {
            byAllocationId.put(grant.grant().id().value(), grant);
            active.add(grant.grant());
        }
        Allocation allocation = allocator.allocate(priced.toAllocationLines(today), active);
        Map<LineId, LineAllocation> allocated = allocation.lines().stream()
                .collect(Collectors.toMap(line -> line.line().id(), line -> line));

        List<QuotedLine> lines = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            CartContent.Item item = visible.get(i);
            Offer offer = offers.get(item.offerId());
            PricedLine line = priced.lines().get(i);
            LineAllocation paid = allocated.get(line.id());
            Optional<Refusal> problem = problem(offer, item.quantity());
            lines.add(new QuotedLine(offer.id(), offer.title(), offer.category(), offer.delivery(), item.quantity(),
                    offer.price(), offer.available(), offer.maxPerOrder(), line, paid, parts(paid, byAllocationId),
                    problem));
        }
        List<Refusal> problems = new ArrayList<>();
        for (CartContent.Item item : content.items()) {
            lines.stream().filter(line -> line.offerId() == item.offerId()).findFirst().ifPresentOrElse(
                    line -> line.problem().ifPresent(problems::add),
                    () -> problems.add(Refusal.of(CartRefusal.OFFER_UNAVAILABLE, "offer", item.offerId())));
        }
        Optional<LineAllocation> shippingLine = Optional.ofNullable(allocated.get(PricedCart.SHIPPING_LINE));
        boolean posted = lines.stream().anyMatch(line -> line.delivery().isPostal());
        return new Quote(lines, priced, allocation, shippingLine,
                shippingLine.map(paid -> parts(paid, byAllocationId)).orElse(List.of()),
                posted ? Optional.of(ShipByDate.of(clock.instant())) : Optional.empty(), problems);
    }

    private Map<Long, Offer> offers(long employerId, CartContent content) {
        Map<Long, Offer> found = new HashMap<>();
        if (content.items().isEmpty()) {
            return found;
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(employerId);
        content.items().forEach(item -> parameters.add(item.offerId()));
        jdbc.list("SELECT o.id, o.title, o.category, o.delivery, o.employee_price_cents, o.max_per_order, "
                        + OfferReader.AVAILABLE + " AS available FROM offer o WHERE " + CatalogueReader.VISIBLE
                        + " AND o.id IN (" + "?,".repeat(content.items().size() - 1) + "?)",
                row -> found.put(row.getLong("id"), new Offer(row.getLong("id"), row.getString("title"),
                        row.getString("category"), Delivery.valueOf(row.getString("delivery")),
                        Money.ofCents(row.getLong("employee_price_cents")), Math.max(0, row.getLong("available")),
                        row.getInt("max_per_order"))),
                parameters.toArray());
        return found;
    }

    private CodeCheck codeCheck(String typed, long employerId, long employeeId, LocalDate today) {
        Optional<AdvantageCodes.Stored> stored = codes.usable(typed);
        CodeUses uses = stored.map(code -> codes.uses(code.id(), employeeId)).orElse(CodeUses.NONE);
        return CheckAdvantageCode.check(typed, stored.map(AdvantageCodes.Stored::code), employerId, today, uses);
    }

    private static Optional<Refusal> problem(Offer offer, int quantity) {
        if (offer.available() == 0) {
            return Optional.of(Refusal.of(CartRefusal.SOLD_OUT, "offer", offer.id(), "title", offer.title()));
        }
        if (quantity > offer.available()) {
            return Optional.of(Refusal.of(CartRefusal.QUANTITY_ABOVE_STOCK, "offer", offer.id(), "title",
                    offer.title(), "available", offer.available()));
        }
        if (quantity > offer.maxPerOrder()) {
            return Optional.of(Refusal.of(CartRefusal.QUANTITY_ABOVE_MAXIMUM, "offer", offer.id(), "title",
                    offer.title(), "maximum", (long) offer.maxPerOrder()));
        }
        return Optional.empty();
    }

    private static List<GrantPart> parts(LineAllocation paid, Map<String, ActiveGrant> byAllocationId) {
        return paid.payments().stream().map(payment -> {
            ActiveGrant grant = byAllocationId.get(payment.grant().value());
            return new GrantPart(grant.id(), grant.kind(), grant.campaignName(), payment.amount());
        }).toList();
    }
}
