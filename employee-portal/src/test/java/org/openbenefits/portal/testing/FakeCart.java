package org.openbenefits.portal.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.cart.AdvantageCodeEntry;
import org.openbenefits.contract.api.cart.CartAllowancePart;
import org.openbenefits.contract.api.cart.CartDeliveryRequest;
import org.openbenefits.contract.api.cart.CartLineRequest;
import org.openbenefits.contract.api.cart.CartLineView;
import org.openbenefits.contract.api.cart.CartProblem;
import org.openbenefits.contract.api.cart.CartView;
import org.openbenefits.contract.api.catalogue.CatalogueOfferDetail;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.domain.cart.CartRefusal;
import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.pricing.PricingRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.portalcommon.session.AccessTokenVerifier;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * platform-api's cart ({@code /api/v1/me/cart}), faked on the portal's own server beside {@link FakePlatformApi}:
 * the same paths and JSON shapes (the contract's records), the offers of {@link FakeCatalogue}, the refusals the real
 * one sends (cart.sold-out, cart.quantity-above-stock, cart.quantity-above-maximum, advantage-code.invalid-format,
 * field.invalid-email, address.postal-code-invalid, 404 for an offer Camille may not see). Its pricing is a plain
 * stand-in for the real one: CULTURE10 takes 10 % of cinema, shows and museums lines (no-eligible-line otherwise),
 * PORTOFFERT makes delivery free when a line is posted (no-postal-line otherwise), any other code is unknown;
 * delivery costs 4,90 € below 50,00 €; Camille's grants pay line by line in priority order: a subsidy of 5,00 € for
 * cinema and shows, a culture cheque of 20,00 € for culture, a gift cheque of 30,00 € for anything. Postal lines ship
 * on {@link #SHIP_BY}.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/me/cart")
@ExecuteOn(TaskExecutors.BLOCKING)
@Singleton
public class FakeCart {

    /** The day postal lines ship, in the fake: Thursday 17 December 2026. */
    public static final LocalDate SHIP_BY = LocalDate.of(2026, 12, 17);
    private static final long SHIPPING_FEE = 490;
    private static final long FREE_FROM = 5_000;

    /** One of Camille's grants, in priority order, as the fake spends it. */
    private record Grant(long id, String kind, String campaign, long balance, List<String> categories) {

        boolean pays(String category) {
            return categories.isEmpty() || categories.contains(category);
        }
    }

    private static final List<Grant> GRANTS = List.of(
            new Grant(11, "SUBSIDY", "Loisirs 2026", 500, List.of("CINEMA", "SHOWS")),
            new Grant(12, "CULTURE_CHEQUE", "Culture 2026", 2_000, List.of("CINEMA", "SHOWS", "MUSEUMS", "BOOKS",
                    "MUSIC")),
            new Grant(13, "GIFT_CHEQUE", "Noël 2026", 3_000, List.of()));

    private record Line(long offerId, int quantity, long priceWhenAdded) {
    }

    private final AccessTokenVerifier tokens;
    private final FakeCatalogue catalogue;
    private final FakePlatformApi me;
    private final Map<Long, Line> lines = new LinkedHashMap<>();
    private final Map<Long, Long> pricesNow = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile @Nullable String code;
    private volatile @Nullable String email;
    private volatile @Nullable ProfileAddress address;

    FakeCart(AccessTokenVerifier tokens, FakeCatalogue catalogue, FakePlatformApi me) {
        this.tokens = tokens;
        this.catalogue = catalogue;
        this.me = me;
        reset();
    }

    public synchronized void reset() {
        lines.clear();
        pricesNow.clear();
        calls.clear();
        code = null;
        email = null;
        address = null;
    }

    /** Puts a line in the cart directly, at the offer's price. */
    public synchronized void holds(long offerId, int quantity) {
        lines.put(offerId, new Line(offerId, quantity, offer(offerId).orElseThrow().employeePriceCents()));
    }

    /** The offer's employee price from now on, as a platform admin changing it would make it. */
    public void changePrice(long offerId, long cents) {
        pricesNow.put(offerId, cents);
    }

    /** Every call the portal made, as "METHOD path body", oldest first. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Get
    synchronized HttpResponse<?> cart(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        if (!employee(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        return HttpResponse.ok(view());
    }

    @Put("/lines/{offerId}")
    synchronized HttpResponse<?> setLine(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                         @PathVariable long offerId, @Body CartLineRequest request) {
        if (!employee(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        calls.add("PUT /lines/" + offerId + " " + request.quantity());
        Optional<CatalogueOfferDetail> found = offer(offerId);
        if (found.isEmpty()) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        CatalogueOfferDetail offer = found.get();
        int quantity = request.quantity() == null ? 0 : request.quantity();
        if (quantity < 1) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST,
                    List.of(FakeProblems.field("quantity", FieldCode.TOO_SMALL, "min", 1L)), null));
        }
        Optional<CartProblem> problem = problem(offer, quantity);
        if (problem.isPresent()) {
            CartProblem refused = problem.get();
            RefusalCode code = java.util.Arrays.stream(CartRefusal.values())
                    .filter(each -> each.code().equals(refused.code())).findFirst().orElseThrow();
            return FakeProblems.response(FakeProblems.refusal(code, flat(refused.parameters())));
        }
        lines.put(offerId, new Line(offerId, quantity, price(offer)));
        return HttpResponse.ok(view());
    }

    @Delete("/lines/{offerId}")
    synchronized HttpResponse<?> removeLine(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                            @PathVariable long offerId) {
        if (!employee(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        calls.add("DELETE /lines/" + offerId);
        if (lines.remove(offerId) == null) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        return HttpResponse.ok(view());
    }

    @Put("/advantage-code")
    synchronized HttpResponse<?> enterCode(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                           @Body AdvantageCodeEntry entry) {
        if (!employee(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        String typed = entry.code() == null ? "" : entry.code().strip().toUpperCase(java.util.Locale.ROOT);
        calls.add("PUT /advantage-code " + typed);
        if (!typed.matches("[A-Z0-9]{3,20}")) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST,
                    List.of(FakeProblems.field("code", CatalogueRefusal.ADVANTAGE_CODE_FORMAT, "min", 3L, "max", 20L)),
                    null));
        }
        code = typed;
        return HttpResponse.ok(view());
    }

    @Delete("/advantage-code")
    synchronized HttpResponse<?> removeCode(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        if (!employee(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        calls.add("DELETE /advantage-code");
        code = null;
        return HttpResponse.ok(view());
    }

    @Put("/delivery")
    synchronized HttpResponse<?> setDelivery(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                             @Body CartDeliveryRequest request) {
        if (!employee(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        calls.add("PUT /delivery " + request.email() + " " + (request.postalAddress() == null ? null
                : request.postalAddress().postalCode() + " " + request.postalAddress().city()));
        List<org.openbenefits.contract.api.ProblemDetail.FieldError> errors = new ArrayList<>();
        if (request.email() != null && !request.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FakeProblems.field("email", FieldCode.INVALID_EMAIL));
        }
        ProfileAddress typed = request.postalAddress();
        if (typed != null && (typed.postalCode() == null || !typed.postalCode().matches("[0-9]{5}"))) {
            errors.add(FakeProblems.field("postalAddress.postalCode", IdentityRefusal.POSTAL_CODE_INVALID));
        }
        if (!errors.isEmpty()) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
        }
        email = request.email();
        address = typed;
        return HttpResponse.ok(view());
    }

    private CartView view() {
        ProfileView profile = me.profile();
        List<CatalogueOfferDetail> offers = new ArrayList<>();
        List<CartProblem> problems = new ArrayList<>();
        for (Line line : lines.values()) {
            offer(line.offerId()).ifPresentOrElse(offers::add, () -> problems.add(problem(
                    CartRefusal.OFFER_UNAVAILABLE, Map.of("offer", line.offerId()))));
        }
        boolean postal = offers.stream().anyMatch(offer -> "POSTAL".equals(offer.delivery()));
        // the advantage code
        long[] discounts = new long[offers.size()];
        CartView.CartAdvantageCode advantage = null;
        boolean freeShipping = false;
        if (code != null) {
            if ("CULTURE10".equals(code)) {
                long total = 0;
                for (int i = 0; i < offers.size(); i++) {
                    CatalogueOfferDetail offer = offers.get(i);
                    if (List.of("CINEMA", "SHOWS", "MUSEUMS").contains(offer.category())) {
                        discounts[i] = gross(offer) / 10;
                        total += discounts[i];
                    }
                }
                advantage = total > 0 ? new CartView.CartAdvantageCode(code, true, total, false, null)
                        : notApplied(PricingRefusal.NO_ELIGIBLE_LINE);
            } else if ("PORTOFFERT".equals(code)) {
                freeShipping = postal;
                advantage = postal ? new CartView.CartAdvantageCode(code, true, 0, true, null)
                        : notApplied(PricingRefusal.NO_POSTAL_LINE);
            } else {
                advantage = notApplied(PricingRefusal.UNKNOWN);
            }
        }
        // the lines and what pays them
        long[] balances = GRANTS.stream().mapToLong(Grant::balance).toArray();
        List<CartLineView> views = new ArrayList<>();
        long gross = 0;
        long net = 0;
        long allowances = 0;
        for (int i = 0; i < offers.size(); i++) {
            CatalogueOfferDetail offer = offers.get(i);
            Line line = lines.get(offer.id());
            long lineGross = price(offer) * line.quantity();
            long lineNet = lineGross - discounts[i];
            List<CartAllowancePart> parts = pay(offer.category(), lineNet, balances);
            long paid = parts.stream().mapToLong(CartAllowancePart::amountCents).sum();
            gross += lineGross;
            net += lineNet;
            allowances += paid;
            views.add(new CartLineView(offer.id(), offer.title(), offer.category(), offer.delivery(), line.quantity(),
                    price(offer), line.priceWhenAdded(), price(offer) != line.priceWhenAdded(), offer.availability(),
                    offer.remaining(), offer.maxPerOrder(), lineGross, discounts[i], lineNet, parts, lineNet - paid,
                    problem(offer, line.quantity()).orElse(null)));
            problem(offer, line.quantity()).ifPresent(problems::add);
        }
        CartView.CartShipping shipping = null;
        long fee = 0;
        if (postal) {
            fee = freeShipping || net >= FREE_FROM ? 0 : SHIPPING_FEE;
            List<CartAllowancePart> parts = pay("SHIPPING", fee, balances);
            long paid = parts.stream().mapToLong(CartAllowancePart::amountCents).sum();
            allowances += paid;
            shipping = new CartView.CartShipping(fee, fee == 0, parts, fee - paid);
        }
        long total = net + fee;
        ProfileAddress inEffect = address != null ? address : profile.address();
        CartView.CartDelivery delivery = new CartView.CartDelivery(email != null ? email : profile.deliveryEmail(),
                email != null, postal ? inEffect : null, address != null);
        return new CartView(views, views.stream().mapToInt(CartLineView::quantity).sum(), shipping, advantage,
                new CartView.CartTotals(gross, gross - net, fee, total, allowances, total - allowances), delivery,
                postal ? SHIP_BY : null, problems, !views.isEmpty() && problems.isEmpty()
                && (!postal || inEffect != null));
    }

    /** The grants in priority order, each paying what it may of the amount left. */
    private static List<CartAllowancePart> pay(String category, long amount, long[] balances) {
        List<CartAllowancePart> parts = new ArrayList<>();
        long left = amount;
        for (int g = 0; g < GRANTS.size() && left > 0; g++) {
            Grant grant = GRANTS.get(g);
            boolean pays = "SHIPPING".equals(category) ? grant.categories().isEmpty() : grant.pays(category);
            long part = pays ? Math.min(left, balances[g]) : 0;
            if (part > 0) {
                balances[g] -= part;
                left -= part;
                parts.add(new CartAllowancePart(grant.id(), grant.kind(), grant.campaign(), part));
            }
        }
        return parts;
    }

    private Optional<CartProblem> problem(CatalogueOfferDetail offer, int quantity) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("offer", offer.id());
        about.put("title", offer.title());
        if ("SOLD_OUT".equals(offer.availability())) {
            return Optional.of(problem(CartRefusal.SOLD_OUT, about));
        }
        if (quantity > offer.maxPerOrder()) {
            about.put("maximum", offer.maxPerOrder());
            return Optional.of(problem(CartRefusal.QUANTITY_ABOVE_MAXIMUM, about));
        }
        if (offer.remaining() != null && quantity > offer.remaining()) {
            about.put("available", offer.remaining());
            return Optional.of(problem(CartRefusal.QUANTITY_ABOVE_STOCK, about));
        }
        return Optional.empty();
    }

    private CartView.CartAdvantageCode notApplied(PricingRefusal refusal) {
        return new CartView.CartAdvantageCode(code, false, 0, false, problem(refusal, Map.of("code", code)));
    }

    private static CartProblem problem(RefusalCode code, Map<String, Object> parameters) {
        return new CartProblem(code.code(), parameters, FakeProblems.apiWords(code.code(),
                FakeProblems.callLanguage()));
    }

    private static Object[] flat(Map<String, Object> parameters) {
        List<Object> flat = new ArrayList<>();
        parameters.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        return flat.toArray();
    }

    private long gross(CatalogueOfferDetail offer) {
        return price(offer) * lines.get(offer.id()).quantity();
    }

    private long price(CatalogueOfferDetail offer) {
        return pricesNow.getOrDefault(offer.id(), offer.employeePriceCents());
    }

    private Optional<CatalogueOfferDetail> offer(long offerId) {
        return catalogue.offers().stream().map(FakeCatalogue.Offer::detail).filter(offer -> offer.id() == offerId)
                .findFirst();
    }

    private boolean employee(@Nullable String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                && tokens.verify(authorization.substring("Bearer ".length())).isPresent();
    }
}
