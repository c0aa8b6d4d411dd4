package org.openbenefits.platform.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.cart.CartRefusal;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.CodeOutcome;
import org.openbenefits.domain.pricing.PricingRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * A cart quoted as checkout would take it: offers as they are today, priced with the shipping fee, allocated over the
 * employee's own grants line by line, and what stops it from being bought said line by line.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteCartTest implements TestPropertyProvider {

    /** Monday 15 June 2026, noon in Paris: a parcel paid now leaves today. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    QuoteCart quotes;

    private Employer acme;
    private UserAccountRow employee;
    private OfferAdminView cinema;
    private OfferAdminView book;
    private OfferAdminView theatre;
    private OfferAdminView elsewhere;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        return new HashMap<>(TestInfrastructure.get().micronautProperties("platform_quote_cart"));
    }

    @BeforeAll
    void anEmployeeWithACultureAndAGiftCheque() {
        acme = allowances.employer("Devis SA");
        Employer other = allowances.employer("Autre Devis SA");
        employee = kit.employeeWithProfile(acme.id());
        allowances.fund(acme, 100_000);
        allowances.confirmed(acme, new CampaignRequest("CULTURE_CHEQUE", "Culture", 1_000, false, TODAY,
                TODAY.plusMonths(3), List.of("CINEMA", "BOOKS"), null, null, "LIST", null, List.of(employee.id())));
        allowances.confirmed(acme, new CampaignRequest("GIFT_CHEQUE", "Cadeau", 3_000, false, TODAY,
                TODAY.plusMonths(3), List.of("*"), null, null, "LIST", null, List.of(employee.id())));
        cinema = offer(new OfferRequest("Cinéma Devis", "Place 2D.", "CINEMA", "E_TICKET", 1_200, 900, "", "1 an", 10,
                List.of()), 40);
        book = offer(new OfferRequest("Livre Devis", "Poche.", "BOOKS", "POSTAL", 1_000, 800, "", "", 5, List.of()),
                10);
        theatre = offer(new OfferRequest("Théâtre Devis", "Soirée.", "SHOWS", "E_TICKET", 6_000, 4_500, "", "", 4,
                List.of()), 3);
        elsewhere = offer(new OfferRequest("Parc d'ailleurs", "Entrée.", "PARKS", "POSTAL", 5_000, 3_000, "", "", 5,
                List.of(other.id())), 20);
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

    private Quote quote(Optional<String> code, CartContent.Item... items) {
        return quotes.quote(acme.id(), employee.id(), new CartContent(List.of(items), code));
    }

    @Test
    void the_culture_cheque_pays_first_the_gift_cheque_the_rest_and_the_shipping_fee() {
        Quote quote = quote(Optional.empty(), new CartContent.Item(cinema.id(), 2), new CartContent.Item(book.id(), 1));

        assertThat(quote.payable()).isTrue();
        assertThat(quote.lines()).extracting(QuotedLine::title).containsExactly("Cinéma Devis", "Livre Devis");
        assertThat(quote.shippingFee()).isEqualTo(Money.ofCents(490));
        assertThat(quote.total()).isEqualTo(Money.ofCents(1_800 + 800 + 490));
        assertThat(quote.allowances()).isEqualTo(quote.total());
        assertThat(quote.card()).isEqualTo(Money.ZERO);
        assertThat(quote.shippingParts()).extracting(GrantPart::kind).containsExactly(AllowanceKind.GIFT_CHEQUE);
        Map<AllowanceKind, Money> byKind = new HashMap<>();
        quote.lines().forEach(line -> line.parts().forEach(part -> byKind.merge(part.kind(), part.amount(),
                Money::plus)));
        assertThat(byKind).containsEntry(AllowanceKind.CULTURE_CHEQUE, Money.ofCents(1_000))
                .containsEntry(AllowanceKind.GIFT_CHEQUE, Money.ofCents(1_600));
        assertThat(quote.grantTotals().values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(quote.total());
        assertThat(quote.lines().get(0).parts()).extracting(GrantPart::campaignName).isNotEmpty()
                .allMatch(name -> name.equals("Culture") || name.equals("Cadeau"));
        assertThat(quote.shipBy()).contains(TODAY);
    }

    @Test
    void what_the_allowances_cannot_pay_is_left_for_the_card_and_an_unusable_code_says_why() {
        Quote quote = quote(Optional.of("nope42"), new CartContent.Item(theatre.id(), 1));

        assertThat(quote.total()).isEqualTo(Money.ofCents(4_500));
        assertThat(quote.allowances()).isEqualTo(Money.ofCents(3_000));
        assertThat(quote.card()).isEqualTo(Money.ofCents(1_500));
        assertThat(quote.shipBy()).isEmpty();
        assertThat(quote.priced().code()).isInstanceOfSatisfying(CodeOutcome.NotApplied.class,
                notApplied -> assertThat(notApplied.refusal().code()).isEqualTo(PricingRefusal.UNKNOWN));
    }

    @Test
    void too_many_units_and_an_offer_of_another_employer_are_problems_and_the_cart_is_not_payable() {
        Quote quote = quote(Optional.empty(), new CartContent.Item(theatre.id(), 4),
                new CartContent.Item(elsewhere.id(), 1), new CartContent.Item(book.id(), 6));

        assertThat(quote.payable()).isFalse();
        assertThat(quote.lines()).extracting(QuotedLine::title).containsExactly("Théâtre Devis", "Livre Devis");
        assertThat(quote.problems()).extracting(Refusal::code).containsExactly(CartRefusal.QUANTITY_ABOVE_STOCK,
                CartRefusal.OFFER_UNAVAILABLE, CartRefusal.QUANTITY_ABOVE_MAXIMUM);
        assertThat(quote.lines().get(0).problem()).map(Refusal::parameters)
                .hasValueSatisfying(parameters -> assertThat(parameters).containsEntry("available", 3L));
        assertThat(quote.problems().get(1).parameters()).containsEntry("offer", elsewhere.id());
    }
}
