package org.openbenefits.platform.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.cart.AdvantageCodeEntry;
import org.openbenefits.contract.api.cart.CartAllowancePart;
import org.openbenefits.contract.api.cart.CartDeliveryRequest;
import org.openbenefits.contract.api.cart.CartLineRequest;
import org.openbenefits.contract.api.cart.CartLineView;
import org.openbenefits.contract.api.cart.CartView;
import org.openbenefits.contract.api.catalogue.AdvantageCodeRequest;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.checkout.CartContent;
import org.openbenefits.platform.checkout.GrantPart;
import org.openbenefits.platform.checkout.Quote;
import org.openbenefits.platform.checkout.QuoteCart;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The employee's cart, kept by platform-api: lines added, set and removed, kept across sign-ins; quantities the offer
 * does not allow refused with their codes; other employers' offers not found; the cart quoted as checkout would
 * (price changes, advantage code, allocation line by line, shipping fee and date); this order's delivery choices,
 * checked as the profile's.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CartTest implements TestPropertyProvider {

    private static final String CART = "/api/v1/me/cart";
    /** Monday 15 June 2026, noon in Paris: a parcel paid now leaves today. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    QuoteCart quotes;
    @Inject
    Carts carts;
    @Inject
    Jdbc jdbc;

    private Employer acme;
    private Employer other;
    private OfferAdminView cinema;
    private OfferAdminView theatre;
    private OfferAdminView book;
    private OfferAdminView soldOut;
    private OfferAdminView restricted;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_cart"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void aCatalogueWithCodes() {
        acme = allowances.employer("Panier SA");
        other = allowances.employer("Autre Panier SA");
        allowances.fund(acme, 1_000_000);
        cinema = offer(new OfferRequest("Cinéma Panier", "Place 2D.", "CINEMA", "E_TICKET", 1_200, 900, "", "1 an", 10,
                List.of()), 40);
        theatre = offer(new OfferRequest("Théâtre Panier", "Soirée.", "SHOWS", "E_TICKET", 6_000, 4_500, "", "", 4,
                List.of()), 3);
        book = offer(new OfferRequest("Livre Panier", "Poche.", "BOOKS", "POSTAL", 1_000, 800, "", "", 5, List.of()),
                10);
        soldOut = offer(new OfferRequest("Musée Panier", "Entrée.", "MUSEUMS", "E_TICKET", 1_600, 1_600, "", "", 5,
                List.of()), 0);
        restricted = offer(new OfferRequest("Parc d'ailleurs", "Entrée.", "PARKS", "POSTAL", 5_000, 3_000, "", "", 5,
                List.of(other.id())), 20);
        // The demo's two codes, as DemoCatalogue creates them.
        assertThat(kit.postAs(allowances.adminToken(), "/api/v1/platform/advantage-codes", new AdvantageCodeRequest(
                "CULTURE10", "PERCENT_OFF", 10, null, List.of("CINEMA", "SHOWS", "MUSEUMS"), null, null, null, null, 2,
                null)).status()).isEqualTo(201);
        assertThat(kit.postAs(allowances.adminToken(), "/api/v1/platform/advantage-codes", new AdvantageCodeRequest(
                "PORTOFFERT", "FREE_SHIPPING", null, null, List.of(), 2_000L, null, null, 1_000, null, null))
                .status()).isEqualTo(201);
    }

    private OfferAdminView offer(OfferRequest request, long stock) {
        Answer answer = kit.postAs(allowances.adminToken(), "/api/v1/platform/offers", request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        OfferAdminView offer = kit.read(answer, OfferAdminView.class);
        kit.postAs(allowances.adminToken(), "/api/v1/platform/offers/" + offer.id() + "/publication", "");
        kit.call(HttpRequest.PUT("/api/v1/platform/offers/" + offer.id() + "/stock", new StockRequest(stock))
                .bearerAuth(allowances.adminToken()));
        return offer;
    }

    /** A new employee of Acme, signed in: each test fills its own cart. */
    private Person employee() {
        UserAccountRow account = kit.employeeWithProfile(acme.id());
        return new Person(account, kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken());
    }

    private record Person(UserAccountRow account, String token) {
    }

    private Answer put(String token, String uri, Object body) {
        return kit.call(HttpRequest.PUT(uri, body).bearerAuth(token));
    }

    private Answer delete(String token, String uri) {
        return kit.call(HttpRequest.DELETE(uri).bearerAuth(token));
    }

    private CartView cart(String token) {
        Answer answer = allowances.get(token, CART);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return kit.read(answer, CartView.class);
    }

    private CartView ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return kit.read(answer, CartView.class);
    }

    private Answer setLine(String token, long offerId, Integer quantity) {
        return put(token, CART + "/lines/" + offerId, new CartLineRequest(quantity));
    }

    @Test
    void an_empty_cart_is_a_valid_empty_view_with_the_profile_s_delivery_e_mail() {
        Person camille = employee();

        CartView empty = cart(camille.token());

        assertThat(empty.lines()).isEmpty();
        assertThat(empty.itemCount()).isZero();
        assertThat(empty.payable()).isFalse();
        assertThat(empty.totals()).isEqualTo(CartView.CartTotals.NONE);
        assertThat(empty.delivery().email()).isEqualTo(camille.account().email());
        assertThat(empty.delivery().emailOverridden()).isFalse();
    }

    @Test
    void lines_are_added_set_and_removed_and_the_cart_survives_a_new_sign_in() {
        Person camille = employee();

        ok(setLine(camille.token(), cinema.id(), 2));
        ok(setLine(camille.token(), theatre.id(), 1));
        CartView set = ok(setLine(camille.token(), cinema.id(), 3));
        assertThat(set.lines()).extracting(CartLineView::title, CartLineView::quantity)
                .containsExactly(tuple("Cinéma Panier", 3), tuple("Théâtre Panier", 1));
        assertThat(set.itemCount()).isEqualTo(4);

        CartView removed = ok(delete(camille.token(), CART + "/lines/" + theatre.id()));
        assertThat(removed.lines()).extracting(CartLineView::offerId).containsExactly(cinema.id());
        assertThat(delete(camille.token(), CART + "/lines/" + theatre.id()).status()).isEqualTo(404);

        String again = kit.signIn(camille.account().email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        CartView later = cart(again);
        assertThat(later.lines()).extracting(CartLineView::title, CartLineView::quantity, CartLineView::grossCents)
                .containsExactly(tuple("Cinéma Panier", 3, 2_700L));
        assertThat(later.payable()).isTrue();
    }

    @Test
    void quantities_above_the_stock_or_the_maximum_per_order_are_refused_with_their_codes_and_nothing_is_kept() {
        Person camille = employee();

        Answer aboveStock = setLine(camille.token(), theatre.id(), 4);
        Answer aboveMaximum = setLine(camille.token(), cinema.id(), 11);
        Answer none = setLine(camille.token(), soldOut.id(), 1);

        assertThat(aboveStock.status()).isEqualTo(409);
        assertThat(kit.problem(aboveStock).code()).isEqualTo("cart.quantity-above-stock");
        assertThat(kit.problem(aboveStock).parameters()).containsEntry("available", 3)
                .containsEntry("title", "Théâtre Panier");
        assertThat(kit.problem(aboveStock).detail())
                .isEqualTo("Il ne reste que 3 « Théâtre Panier » (offre " + theatre.id()
                        + ") : réduisez la quantité pour continuer.");
        assertThat(kit.problem(aboveMaximum).code()).isEqualTo("cart.quantity-above-maximum");
        assertThat(kit.problem(aboveMaximum).parameters()).containsEntry("maximum", 10);
        assertThat(kit.problem(none).code()).isEqualTo("cart.sold-out");
        assertThat(cart(camille.token()).lines()).isEmpty();
    }

    @Test
    @OutsideTheContract("a quantity below the document's minimum, missing, or too large for a number, to see it refused")
    void a_quantity_below_one_or_missing_is_refused_beside_its_field() {
        Person camille = employee();

        Answer zero = setLine(camille.token(), cinema.id(), 0);
        Answer missing = setLine(camille.token(), cinema.id(), null);
        Answer huge = kit.call(HttpRequest.PUT(CART + "/lines/" + cinema.id(), "{\"quantity\": 99999999999}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(camille.token()));

        assertThat(zero.status()).isEqualTo(400);
        assertThat(kit.problem(zero).errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(tuple("quantity", "field.too-small"));
        assertThat(kit.problem(missing).errors()).extracting(ProblemDetail.FieldError::code)
                .containsExactly("field.required");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(cart(camille.token()).lines()).isEmpty();
    }

    @Test
    void a_cart_holds_at_most_twenty_offers() {
        Person camille = employee();
        Instant now = clock.instant();
        jdbc.update("INSERT INTO cart (employee_id, updated_at) VALUES (?, ?)", camille.account().id(), now);
        for (int i = 0; i < 20; i++) {
            long offer = jdbc.insert("""
                    INSERT INTO offer (title, description, category, delivery, public_price_cents, employee_price_cents,
                                       conditions, validity, max_per_order, published, restricted, stock_kind,
                                       stock_count, created_by, created_at, updated_at)
                    VALUES (?, '', 'CINEMA', 'E_TICKET', 100, 100, '', '', 5, TRUE, FALSE, 'COUNT', 10, 1, ?, ?)""",
                    "Rempli " + i, now, now);
            jdbc.update("INSERT INTO cart_line (employee_id, offer_id, quantity, price_when_added_cents, added_at) "
                    + "VALUES (?, ?, 1, 100, ?)", camille.account().id(), offer, now);
        }

        Answer full = setLine(camille.token(), cinema.id(), 1);

        assertThat(full.status()).isEqualTo(400);
        assertThat(kit.problem(full).errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(tuple("offerId", "cart.too-many-lines"));
        assertThat(cart(camille.token()).lines()).hasSize(20);
    }

    @Test
    void an_offer_restricted_to_another_employer_or_unknown_is_not_found() {
        Person camille = employee();

        Answer elsewhere = setLine(camille.token(), restricted.id(), 1);
        Answer unknown = setLine(camille.token(), 987_654_321L, 1);

        assertThat(List.of(elsewhere, unknown)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(kit.problem(answer).code()).isEqualTo("resource.not-found");
            assertThat(answer.body()).doesNotContain("Parc");
        });
        assertThat(cart(camille.token()).lines()).isEmpty();
    }

    @Test
    void hr_managers_and_platform_admins_have_no_cart() {
        assertThat(allowances.get(acme.hrToken(), CART).status()).isEqualTo(403);
        assertThat(setLine(allowances.adminToken(), cinema.id(), 1).status()).isEqualTo(403);
        assertThat(delete(acme.hrToken(), CART + "/lines/" + cinema.id()).status()).isEqualTo(403);
        assertThat(put(acme.hrToken(), CART + "/advantage-code", new AdvantageCodeEntry("CULTURE10")).status())
                .isEqualTo(403);
        assertThat(delete(allowances.adminToken(), CART + "/advantage-code").status()).isEqualTo(403);
        assertThat(put(acme.hrToken(), CART + "/delivery", new CartDeliveryRequest(null, null)).status())
                .isEqualTo(403);
    }

    @Test
    void a_price_changed_since_the_line_was_added_is_shown_until_the_quantity_is_set_again() {
        OfferAdminView changing = offer(new OfferRequest("Concert Panier", "Scène.", "MUSIC", "E_TICKET", 2_000, 1_200,
                "", "", 5, List.of()), 30);
        Person camille = employee();
        ok(setLine(camille.token(), changing.id(), 1));

        Answer edited = kit.call(HttpRequest.PUT("/api/v1/platform/offers/" + changing.id(), new OfferRequest(
                "Concert Panier", "Scène.", "MUSIC", "E_TICKET", 2_000, 1_400, "", "", 5, List.of()))
                .bearerAuth(allowances.adminToken()));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        CartLineView line = cart(camille.token()).lines().getFirst();
        assertThat(line.priceWhenAddedCents()).isEqualTo(1_200);
        assertThat(line.unitPriceCents()).isEqualTo(1_400);
        assertThat(line.priceChanged()).isTrue();
        assertThat(ok(setLine(camille.token(), changing.id(), 1)).lines().getFirst().priceChanged()).isFalse();
    }

    @Test
    void an_advantage_code_is_kept_with_why_it_does_not_apply_until_a_line_lets_it_apply() {
        Person camille = employee();
        ok(setLine(camille.token(), book.id(), 1));

        CartView refused = ok(put(camille.token(), CART + "/advantage-code", new AdvantageCodeEntry(" culture10 ")));

        assertThat(refused.advantageCode().code()).isEqualTo("CULTURE10");
        assertThat(refused.advantageCode().applied()).isFalse();
        assertThat(refused.advantageCode().refusal().code()).isEqualTo("advantage-code.no-eligible-line");
        assertThat(refused.advantageCode().refusal().message())
                .isEqualTo("Le code avantage CULTURE10 ne s’applique à aucun article de votre panier.");
        assertThat(refused.totals().discountCents()).isZero();

        CartView applied = ok(setLine(camille.token(), cinema.id(), 2));
        assertThat(applied.advantageCode().applied()).isTrue();
        assertThat(applied.advantageCode().discountCents()).isEqualTo(180);
        assertThat(applied.lines()).extracting(CartLineView::discountCents).containsExactly(0L, 180L);
        assertThat(applied.totals().discountCents()).isEqualTo(180);

        CartView freeShipping = ok(put(camille.token(), CART + "/advantage-code", new AdvantageCodeEntry("PORTOFFERT")));
        assertThat(freeShipping.advantageCode().applied()).isTrue();
        assertThat(freeShipping.advantageCode().freeShipping()).isTrue();
        assertThat(freeShipping.shipping().free()).isTrue();
        assertThat(freeShipping.totals().shippingCents()).isZero();

        CartView none = ok(delete(camille.token(), CART + "/advantage-code"));
        assertThat(none.advantageCode()).isNull();
        assertThat(none.totals().shippingCents()).isEqualTo(490);
    }

    @Test
    void a_code_that_cannot_be_one_is_refused_and_an_unknown_one_is_said_unknown_in_english_too() {
        Person camille = employee();
        ok(setLine(camille.token(), cinema.id(), 1));

        Answer malformed = put(camille.token(), CART + "/advantage-code", new AdvantageCodeEntry("n°1"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(kit.problem(malformed).errors()).extracting(ProblemDetail.FieldError::field,
                ProblemDetail.FieldError::code).containsExactly(tuple("code", "advantage-code.invalid-format"));

        put(camille.token(), CART + "/advantage-code", new AdvantageCodeEntry("NOPE42"));
        Answer english = kit.call(HttpRequest.GET(CART).bearerAuth(camille.token()).header("Accept-Language", "en"));
        CartView view = kit.read(english, CartView.class);
        assertThat(view.advantageCode().refusal().code()).isEqualTo("advantage-code.unknown");
        assertThat(view.advantageCode().refusal().message()).isEqualTo(
                "The advantage code NOPE42 does not exist: check it, or take it out of the cart.");
    }

    @Test
    void each_line_is_paid_as_the_allocator_pays_it_with_the_shipping_fee_and_the_ship_date_of_postal_lines() {
        Person camille = employee();
        allowances.confirmed(acme, new CampaignRequest("CULTURE_CHEQUE", "Culture Panier", 1_000, false, TODAY,
                TODAY.plusMonths(3), List.of("CINEMA", "BOOKS"), null, null, "LIST", null,
                List.of(camille.account().id())));
        allowances.confirmed(acme, new CampaignRequest("GIFT_CHEQUE", "Cadeau Panier", 3_000, false, TODAY,
                TODAY.plusMonths(3), List.of("*"), null, null, "LIST", null, List.of(camille.account().id())));
        ok(setLine(camille.token(), cinema.id(), 2));
        CartView cart = ok(setLine(camille.token(), book.id(), 1));

        Quote quote = quotes.quote(acme.id(), camille.account().id(), new CartContent(List.of(
                new CartContent.Item(cinema.id(), 2), new CartContent.Item(book.id(), 1)), Optional.empty()));
        assertThat(cart.lines()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            CartLineView line = cart.lines().get(i);
            assertThat(line.allowances()).extracting(CartAllowancePart::grantId, CartAllowancePart::kind,
                    CartAllowancePart::campaignName, CartAllowancePart::amountCents)
                    .containsExactlyElementsOf(quote.lines().get(i).parts().stream().map(CartTest::row).toList());
            assertThat(line.cardCents()).isEqualTo(quote.lines().get(i).allocation().card().cents());
        }
        assertThat(cart.lines()).extracting(line -> line.allowances().stream().map(CartAllowancePart::kind).toList())
                .containsExactly(List.of("CULTURE_CHEQUE", "GIFT_CHEQUE"), List.of("GIFT_CHEQUE"));
        assertThat(cart.shipping().feeCents()).isEqualTo(490);
        assertThat(cart.shipping().allowances()).extracting(CartAllowancePart::kind, CartAllowancePart::amountCents)
                .containsExactly(tuple("GIFT_CHEQUE", 490L));
        assertThat(cart.totals()).isEqualTo(new CartView.CartTotals(2_600, 0, 490, 3_090, 3_090, 0));
        assertThat(cart.shipBy()).isEqualTo(TODAY);
        assertThat(cart.delivery().postalAddress()).isEqualTo(new ProfileAddress("12 rue des Lilas", null, "69003",
                "Lyon", "FR"));
        assertThat(cart.payable()).isTrue();
    }

    private static org.assertj.core.groups.Tuple row(GrantPart part) {
        return tuple(part.grantId(), part.kind().name(), part.campaignName(), part.amount().cents());
    }

    @Test
    void this_order_s_delivery_e_mail_and_address_replace_the_profile_s_until_sent_back() {
        Person camille = employee();
        ok(setLine(camille.token(), book.id(), 1));

        CartView chosen = ok(put(camille.token(), CART + "/delivery", new CartDeliveryRequest(" Camille@Perso.Example ",
                new ProfileAddress("3 rue Neuve", "Bâtiment B", "75011", "Paris", null))));

        assertThat(chosen.delivery().email()).isEqualTo("camille@perso.example");
        assertThat(chosen.delivery().emailOverridden()).isTrue();
        assertThat(chosen.delivery().postalAddress()).isEqualTo(new ProfileAddress("3 rue Neuve", "Bâtiment B",
                "75011", "Paris", "FR"));
        assertThat(chosen.delivery().addressOverridden()).isTrue();
        assertThat(allowances.get(camille.token(), "/api/v1/me/profile").body()).contains("12 rue des Lilas")
                .doesNotContain("rue Neuve");

        CartView back = ok(put(camille.token(), CART + "/delivery", new CartDeliveryRequest(null, null)));
        assertThat(back.delivery().email()).isEqualTo(camille.account().email());
        assertThat(back.delivery().emailOverridden()).isFalse();
        assertThat(back.delivery().postalAddress().city()).isEqualTo("Lyon");
        assertThat(back.delivery().addressOverridden()).isFalse();
    }

    @Test
    @OutsideTheContract("an e-mail and an address that break the document's rules")
    void a_delivery_e_mail_or_address_that_is_not_one_is_refused_field_by_field() {
        Person camille = employee();

        Answer email = put(camille.token(), CART + "/delivery", new CartDeliveryRequest("camille@", null));
        Answer address = put(camille.token(), CART + "/delivery", new CartDeliveryRequest(null,
                new ProfileAddress(" ", null, "750", "Paris", "france")));
        Answer tooLong = put(camille.token(), CART + "/delivery", new CartDeliveryRequest("a".repeat(250) + "@example.org",
                null));

        assertThat(kit.problem(email).errors()).extracting(ProblemDetail.FieldError::field,
                ProblemDetail.FieldError::code).containsExactly(tuple("email", "field.invalid-email"));
        assertThat(kit.problem(address).errors()).extracting(ProblemDetail.FieldError::field,
                ProblemDetail.FieldError::code).containsExactlyInAnyOrder(
                tuple("postalAddress.line1", "field.required"),
                tuple("postalAddress.postalCode", "address.postal-code-invalid"),
                tuple("postalAddress.country", "address.country-invalid"));
        assertThat(kit.problem(tooLong).errors()).extracting(ProblemDetail.FieldError::field).contains("email");
        assertThat(cart(camille.token()).delivery().emailOverridden()).isFalse();
    }

    @Test
    void checkout_empties_the_cart_once_an_order_is_paid() {
        Person camille = employee();
        ok(setLine(camille.token(), cinema.id(), 1));
        ok(put(camille.token(), CART + "/advantage-code", new AdvantageCodeEntry("CULTURE10")));

        carts.clear(camille.account().id());

        CartView empty = cart(camille.token());
        assertThat(empty.lines()).isEmpty();
        assertThat(empty.advantageCode()).isNull();
    }
}
