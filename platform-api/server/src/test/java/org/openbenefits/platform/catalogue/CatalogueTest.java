package org.openbenefits.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.catalogue.CatalogueOfferDetail;
import org.openbenefits.contract.api.catalogue.CatalogueOfferView;
import org.openbenefits.contract.api.catalogue.CataloguePage;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The employee's catalogue: only published offers open to their employer, searched without regard to accents or
 * case, filtered, sorted and paged; an offer's page with its availability and what the employee's own grants would
 * pay, as the allocation engine computes it.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueTest implements TestPropertyProvider {

    private static final String CATALOGUE = "/api/v1/catalogue/offers";
    /** 15 June 2026, noon in Paris. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;

    private Employer acme;
    private Employer other;
    private UserAccountRow employee;
    private String token;
    private String otherToken;
    private OfferAdminView theatre;
    private OfferAdminView cinema;
    private OfferAdminView book;
    private OfferAdminView restricted;
    private OfferAdminView hidden;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_catalogue"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void aCatalogue() {
        acme = allowances.employer("Catalogue SA");
        other = allowances.employer("Autre Catalogue SA");
        employee = kit.employeeWithProfile(acme.id());
        token = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        otherToken = kit.signIn(kit.employeeWithProfile(other.id()).email(), IdentityTestKit.GOOD_PASSWORD)
                .accessToken();
        theatre = offer(new OfferRequest("Théâtre du Châtelet", "Une soirée à l'opéra.", "SHOWS", "E_TICKET", 6_000,
                4_500, "Placement libre.", "Saison 2026", 4, List.of()), 3);
        cinema = offer(new OfferRequest("Cinéma Pathé", "Place 2D, toutes séances.", "CINEMA", "E_TICKET", 1_200, 900,
                "", "1 an", 10, List.of()), 40);
        book = offer(new OfferRequest("Livre : le théâtre de Molière", "Édition de poche.", "BOOKS", "POSTAL", 1_000,
                800, "", "", 5, List.of()), 0);
        restricted = offer(new OfferRequest("Parc réservé", "Entrée au parc.", "PARKS", "POSTAL", 5_000, 3_000, "",
                "", 5, List.of(other.id())), 20);
        hidden = created(new OfferRequest("Théâtre caché", "Pas encore publié.", "SHOWS", "E_TICKET", 2_000, 1_000,
                "", "", 5, List.of()));
    }

    private OfferAdminView created(OfferRequest request) {
        Answer answer = kit.postAs(allowances.adminToken(), "/api/v1/platform/offers", request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return kit.read(answer, OfferAdminView.class);
    }

    private OfferAdminView offer(OfferRequest request, long stock) {
        OfferAdminView offer = created(request);
        kit.postAs(allowances.adminToken(), "/api/v1/platform/offers/" + offer.id() + "/publication", "");
        kit.call(HttpRequest.PUT("/api/v1/platform/offers/" + offer.id() + "/stock", new StockRequest(stock))
                .bearerAuth(allowances.adminToken()));
        return offer;
    }

    private CataloguePage page(String tokenOf, String query) {
        Answer answer = allowances.get(tokenOf, CATALOGUE + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return kit.read(answer, CataloguePage.class);
    }

    private static List<String> titles(CataloguePage page) {
        return page.items().stream().map(CatalogueOfferView::title).toList();
    }

    @Test
    void the_employee_sees_only_published_offers_open_to_their_employer() {
        assertThat(titles(page(token, ""))).containsExactly("Cinéma Pathé", "Livre : le théâtre de Molière",
                "Théâtre du Châtelet");
        assertThat(titles(page(otherToken, ""))).contains("Parc réservé").doesNotContain("Théâtre caché");

        Answer restrictedAway = allowances.get(token, CATALOGUE + "/" + restricted.id());
        Answer unpublished = allowances.get(token, CATALOGUE + "/" + hidden.id());
        assertThat(List.of(restrictedAway, unpublished)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(kit.problem(answer).code()).isEqualTo("resource.not-found");
        });
        assertThat(allowances.get(otherToken, CATALOGUE + "/" + restricted.id()).status()).isEqualTo(200);
    }

    @Test
    void a_search_ignores_accents_and_case_in_sql() {
        assertThat(titles(page(token, "?q=theatre"))).containsExactly("Livre : le théâtre de Molière",
                "Théâtre du Châtelet");
        assertThat(titles(page(token, "?q=CHATELET"))).containsExactly("Théâtre du Châtelet");
        assertThat(titles(page(token, "?q=%C3%A9dition"))).containsExactly("Livre : le théâtre de Molière");
        assertThat(titles(page(token, "?q=50%25"))).isEmpty();
    }

    @Test
    void filters_sorts_and_pages_combine() {
        assertThat(titles(page(token, "?category=CINEMA"))).containsExactly("Cinéma Pathé");
        assertThat(titles(page(token, "?delivery=POSTAL"))).containsExactly("Livre : le théâtre de Molière");
        assertThat(titles(page(token, "?minPriceCents=850&maxPriceCents=4500"))).containsExactly("Cinéma Pathé",
                "Théâtre du Châtelet");
        assertThat(titles(page(token, "?sort=PRICE_ASC"))).containsExactly("Livre : le théâtre de Molière",
                "Cinéma Pathé", "Théâtre du Châtelet");
        assertThat(titles(page(token, "?sort=PRICE_DESC"))).containsExactly("Théâtre du Châtelet", "Cinéma Pathé",
                "Livre : le théâtre de Molière");

        CataloguePage second = page(token, "?sort=TITLE&page=1&size=2");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.page()).isEqualTo(1);
        assertThat(titles(second)).containsExactly("Théâtre du Châtelet");
    }

    @Test
    void availability_says_in_stock_low_with_the_count_or_sold_out() {
        Map<String, CatalogueOfferView> byTitle = new HashMap<>();
        page(token, "").items().forEach(item -> byTitle.put(item.title(), item));

        assertThat(byTitle.get("Cinéma Pathé").availability()).isEqualTo("IN_STOCK");
        assertThat(byTitle.get("Cinéma Pathé").remaining()).isNull();
        assertThat(byTitle.get("Théâtre du Châtelet").availability()).isEqualTo("LOW");
        assertThat(byTitle.get("Théâtre du Châtelet").remaining()).isEqualTo(3);
        assertThat(byTitle.get("Livre : le théâtre de Molière").availability()).isEqualTo("SOLD_OUT");
    }

    @Test
    void an_offer_page_says_what_the_employees_own_grants_would_pay_for_one_unit() {
        Employer payer = allowances.employer("Dotations Catalogue SA");
        UserAccountRow holder = kit.employeeWithProfile(payer.id());
        allowances.fund(payer, 100_000);
        allowances.confirmed(payer, new CampaignRequest("GIFT_CHEQUE", "Cadeau", 3_000, false, TODAY,
                TODAY.plusMonths(3), List.of("*"), null, null, "LIST", null, List.of(holder.id())));
        allowances.confirmed(payer, new CampaignRequest("SUBSIDY", "Spectacles", 1_000, false, TODAY,
                TODAY.plusMonths(3), List.of("SHOWS"), 50, null, "LIST", null, List.of(holder.id())));
        String holderToken = kit.signIn(holder.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        CatalogueOfferDetail show = kit.read(allowances.get(holderToken, CATALOGUE + "/" + theatre.id()),
                CatalogueOfferDetail.class);
        CatalogueOfferDetail film = kit.read(allowances.get(holderToken, CATALOGUE + "/" + cinema.id()),
                CatalogueOfferDetail.class);
        CatalogueOfferDetail none = kit.read(allowances.get(token, CATALOGUE + "/" + cinema.id()),
                CatalogueOfferDetail.class);

        assertThat(show.availability()).isEqualTo("LOW");
        assertThat(show.remaining()).isEqualTo(3);
        assertThat(show.conditions()).isEqualTo("Placement libre.");
        assertThat(show.allowancesCents()).isEqualTo(4_000);
        assertThat(show.cardCents()).isEqualTo(500);
        assertThat(film.allowancesCents()).isEqualTo(900);
        assertThat(film.cardCents()).isZero();
        assertThat(none.allowancesCents()).isZero();
        assertThat(none.cardCents()).isEqualTo(900);
    }

    @Test
    @OutsideTheContract("values outside the document's enums and a mistyped id, to see them refused")
    void unknown_filters_a_long_term_and_a_bad_id_are_refused_with_their_field() {
        Answer category = allowances.get(token, CATALOGUE + "?category=cinema");
        Answer sort = allowances.get(token, CATALOGUE + "?sort=PRICE");
        Answer delivery = allowances.get(token, CATALOGUE + "?delivery=POST");
        Answer term = allowances.get(token, CATALOGUE + "?q=" + "a".repeat(101));
        Answer id = allowances.get(token, CATALOGUE + "/abc");

        assertThat(kit.problem(category).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("category");
            assertThat(error.code()).isEqualTo("field.unknown-value");
        });
        assertThat(kit.problem(sort).errors()).extracting(ProblemDetail.FieldError::field).containsExactly("sort");
        assertThat(kit.problem(delivery).errors()).extracting(ProblemDetail.FieldError::field)
                .containsExactly("delivery");
        assertThat(kit.problem(term).errors()).extracting(ProblemDetail.FieldError::code)
                .containsExactly("field.too-long");
        assertThat(id.status()).isEqualTo(400);
    }

    @Test
    @OutsideTheContract("price bounds below the document's minimum of 0, to see them refused")
    void a_negative_price_bound_is_refused_instead_of_matching_everything() {
        Answer min = allowances.get(token, CATALOGUE + "?minPriceCents=-1");
        Answer max = allowances.get(token, CATALOGUE + "?maxPriceCents=-500");
        Answer both = allowances.get(token, CATALOGUE + "?minPriceCents=-1&maxPriceCents=-1");

        assertThat(List.of(min, max, both)).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(400));
        assertThat(kit.problem(min).code()).isEqualTo("request.invalid");
        assertThat(kit.problem(min).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("minPriceCents");
            assertThat(error.code()).isEqualTo("field.too-small");
            assertThat(error.parameters()).extractingByKey("min").hasToString("0");
        });
        assertThat(kit.problem(max).errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(tuple("maxPriceCents", "field.too-small"));
        assertThat(titles(page(token, "?minPriceCents=0&maxPriceCents=0"))).as("0 is still a bound").isEmpty();
    }

    @Test
    void admins_and_hr_managers_do_not_browse_the_employee_catalogue() {
        assertThat(allowances.get(acme.hrToken(), CATALOGUE).status()).isEqualTo(403);
        assertThat(allowances.get(allowances.adminToken(), CATALOGUE + "/" + cinema.id()).status()).isEqualTo(403);
    }
}
