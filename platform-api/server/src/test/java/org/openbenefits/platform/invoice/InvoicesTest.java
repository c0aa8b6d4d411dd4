package org.openbenefits.platform.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbenefits.platform.invoice.InvoiceFixtures.euros;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.invoice.Invoice;
import org.openbenefits.domain.invoice.InvoiceLine;
import org.openbenefits.domain.invoice.InvoiceNumber;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.domain.payment.CardToken;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.checkout.CartContent;
import org.openbenefits.platform.checkout.Quote;
import org.openbenefits.platform.checkout.QuoteCart;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Invoices issued in the paying transaction, one per order whatever happens, kept as issued; the employee downloads
 * the PDF of their own orders only.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoicesTest implements TestPropertyProvider {

    private static final String PDF = "application/pdf";
    /** Noon in Paris on 15 June 2026. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    private static final Instant ORDERED_AT = Instant.parse("2026-06-15T09:58:00Z");
    private static final AtomicLong ORDER_IDS = new AtomicLong(7_000);

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    Invoices invoices;
    @Inject
    Jdbc jdbc;
    @Inject
    QuoteCart quotes;
    @Inject
    @Client("/")
    HttpClient http;

    private Employer employer;
    private UserAccountRow employee;
    private String token;
    private String colleagueToken;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_invoices"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void employees() {
        employer = allowances.employer("Factures Café & Crème");
        employee = kit.employeeWithProfile(employer.id());
        token = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        colleagueToken = kit.signIn(kit.employeeWithProfile(employer.id()).email(), IdentityTestKit.GOOD_PASSWORD)
                .accessToken();
    }

    /** An order of two lines with a discount and shipping, paid by a subsidy, a gift cheque and a Visa card. */
    private static InvoiceDraft draft(long orderId, long employeeId) {
        return new InvoiceDraft(orderId, OrderNumber.of("CMD-2026-" + orderId), ORDERED_AT, employeeId,
                InvoiceFixtures.lines(), Optional.of(euros("4.90")), euros("33.70"),
                Map.of(AllowanceKind.SUBSIDY, euros("15.00"), AllowanceKind.GIFT_CHEQUE, euros("10.00"),
                        AllowanceKind.CULTURE_CHEQUE, Money.ZERO),
                InvoiceFixtures.visa());
    }

    private static long newOrderId() {
        return ORDER_IDS.incrementAndGet();
    }

    private HttpResponse<byte[]> download(String bearer, long orderId) {
        return http.toBlocking().exchange(HttpRequest.GET("/api/v1/me/orders/" + orderId + "/invoice").accept(PDF)
                .bearerAuth(bearer), byte[].class);
    }

    private Answer attempt(String bearer, String orderId) {
        return kit.call(HttpRequest.GET("/api/v1/me/orders/" + orderId + "/invoice").accept(PDF).bearerAuth(bearer));
    }

    @Test
    void an_order_is_invoiced_once_with_the_next_number_the_buyer_of_today_and_the_seller_of_the_settings() {
        long orderId = newOrderId();

        Invoice issued = invoices.issue(draft(orderId, employee.id()));
        Invoice again = invoices.issue(new InvoiceDraft(orderId, OrderNumber.of("CMD-AUTRE"), ORDERED_AT,
                employee.id(), List.of(new InvoiceLine("Autre", 1, euros("1.00"), Money.ZERO)), Optional.empty(),
                euros("1.00"), Map.of(AllowanceKind.SUBSIDY, euros("1.00")), Optional.empty()));

        assertThat(issued.number().year()).isEqualTo(2026);
        assertThat(issued.issuedOn()).hasToString("2026-06-15");
        assertThat(issued.buyer().fullName()).isEqualTo("Camille Martin");
        assertThat(issued.buyer().employerName()).isEqualTo("Factures Café & Crème");
        assertThat(issued.buyer().addressLines()).containsExactly("12 rue des Lilas", "69003 Lyon");
        assertThat(issued.seller().name()).isEqualTo("OpenBenefits SAS");
        assertThat(issued.seller().addressLines()).containsExactly("10 rue de la Paix", "75002 Paris");
        assertThat(issued.allowances()).as("a kind that paid nothing is left out")
                .containsOnlyKeys(AllowanceKind.SUBSIDY, AllowanceKind.GIFT_CHEQUE);
        assertThat(again).as("issuing again returns the first invoice").isEqualTo(issued);
        assertThat(invoices.of(orderId, employee.id())).contains(issued);
        assertThat(jdbc.number("SELECT COUNT(*) FROM invoice WHERE order_id = ?", orderId)).isEqualTo(1);
    }

    @Test
    void an_invoice_is_kept_as_issued_whatever_the_profile_becomes() {
        UserAccountRow moving = kit.employeeWithProfile(employer.id());
        long orderId = newOrderId();
        Invoice issued = invoices.issue(draft(orderId, moving.id()));

        jdbc.update("UPDATE employee_profile SET address_line1 = NULL, address_postal_code = NULL, "
                + "address_city = NULL WHERE user_account_id = ?", moving.id());
        jdbc.update("UPDATE user_account SET last_name = 'Nouveau' WHERE id = ?", moving.id());

        Invoice read = invoices.of(orderId, moving.id()).orElseThrow();
        assertThat(read).isEqualTo(issued);
        assertThat(read.buyer().addressLines()).containsExactly("12 rue des Lilas", "69003 Lyon");
        assertThat(read.total()).isEqualTo(euros("33.70"));
        assertThat(read.card()).isEqualTo(InvoiceFixtures.visa());
    }

    @Test
    void a_draft_whose_amounts_do_not_hold_together_issues_nothing_and_uses_no_number() {
        Invoice before = invoices.issue(draft(newOrderId(), employee.id()));
        long wrongOrder = newOrderId();
        InvoiceDraft wrong = new InvoiceDraft(wrongOrder, OrderNumber.of("CMD-FAUX"), ORDERED_AT, employee.id(),
                InvoiceFixtures.lines(), Optional.of(euros("4.90")), euros("33.70"),
                Map.of(AllowanceKind.SUBSIDY, euros("15.00")), InvoiceFixtures.visa());

        assertThatThrownBy(() -> invoices.issue(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("payments add up");
        Invoice after = invoices.issue(draft(newOrderId(), employee.id()));

        assertThat(invoices.of(wrongOrder, employee.id())).isEmpty();
        assertThat(after.number()).as("the refused draft's number was given back")
                .isEqualTo(new InvoiceNumber(2026, before.number().sequence() + 1));
    }

    private OfferAdminView offer(OfferRequest request) {
        Answer answer = kit.postAs(allowances.adminToken(), "/api/v1/platform/offers", request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        OfferAdminView offer = kit.read(answer, OfferAdminView.class);
        kit.postAs(allowances.adminToken(), "/api/v1/platform/offers/" + offer.id() + "/publication", "");
        kit.call(HttpRequest.PUT("/api/v1/platform/offers/" + offer.id() + "/stock", new StockRequest(10L))
                .bearerAuth(allowances.adminToken()));
        return offer;
    }

    @Test
    void an_order_paid_as_its_checkout_quote_says_is_invoiced_with_its_allowances_by_kind_and_its_card() {
        Employer payer = allowances.employer("Factures Devis SA");
        UserAccountRow buyer = kit.employeeWithProfile(payer.id());
        allowances.fund(payer, 100_000);
        java.time.LocalDate today = java.time.LocalDate.of(2026, 6, 15);
        allowances.confirmed(payer, new CampaignRequest("CULTURE_CHEQUE", "Culture", 1_000, false, today,
                today.plusMonths(3), List.of("BOOKS"), null, null, "LIST", null, List.of(buyer.id())));
        allowances.confirmed(payer, new CampaignRequest("GIFT_CHEQUE", "Cadeau", 3_000, false, today,
                today.plusMonths(3), List.of("*"), null, null, "LIST", null, List.of(buyer.id())));
        OfferAdminView theatre = offer(new OfferRequest("Théâtre Facture", "Soirée.", "SHOWS", "E_TICKET", 6_000,
                4_500, "", "", 4, List.of()));
        OfferAdminView book = offer(new OfferRequest("Livre Facture", "Poche.", "BOOKS", "POSTAL", 1_000, 800, "",
                "", 5, List.of()));
        Quote quote = quotes.quote(payer.id(), buyer.id(), new CartContent(List.of(
                new CartContent.Item(theatre.id(), 1), new CartContent.Item(book.id(), 2)), Optional.empty()));
        assertThat(quote.payable()).isTrue();
        assertThat(quote.card().isPositive()).as("a part left to the card").isTrue();
        long orderId = newOrderId();

        Invoice issued = invoices.issue(InvoiceDraft.of(orderId, OrderNumber.of("CMD-2026-" + orderId), ORDERED_AT,
                buyer.id(), quote, Optional.of(new StoredCard(new CardToken("tok_facture"), CardBrand.VISA,
                        "4242"))));

        assertThat(issued.lines()).extracting(InvoiceLine::title, InvoiceLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Théâtre Facture", 1),
                        org.assertj.core.groups.Tuple.tuple("Livre Facture", 2));
        assertThat(issued.total()).isEqualTo(quote.total());
        assertThat(issued.shipping()).as("a book is posted").contains(quote.shippingFee());
        assertThat(issued.allowancesTotal()).isEqualTo(quote.allowances());
        assertThat(issued.allowances()).containsEntry(AllowanceKind.CULTURE_CHEQUE, euros("10.00"))
                .containsEntry(AllowanceKind.GIFT_CHEQUE, euros("30.00")).doesNotContainKey(AllowanceKind.SUBSIDY);
        assertThat(issued.card()).hasValueSatisfying(card -> {
            assertThat(card.amount()).isEqualTo(quote.card());
            assertThat(card.lastFour()).isEqualTo("4242");
        });
    }

    @Test
    void the_employee_downloads_the_pdf_of_their_order_as_an_attachment_never_cached() throws IOException {
        long orderId = newOrderId();
        Invoice issued = invoices.issue(draft(orderId, employee.id()));

        HttpResponse<byte[]> response = download(token, orderId);

        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(PDF));
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"facture-" + issued.number().value() + ".pdf\"");
        assertThat(response.header("Cache-Control")).isEqualTo("private, no-store");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ');
            assertThat(text).contains("Facture n° " + issued.number().value(), "Camille Martin",
                    "Salarié(e) de Factures Café & Crème", "CMD-2026-" + orderId, "Total TTC 33,70 €",
                    "Subvention 15,00 €", "Chèque cadeau 10,00 €", "Carte Visa •••• 4242 8,70 €");
        }
    }

    @Test
    void another_employees_order_an_order_without_invoice_or_an_unknown_one_answers_404_alike() {
        long orderId = newOrderId();
        invoices.issue(draft(orderId, employee.id()));

        Answer colleague = attempt(colleagueToken, Long.toString(orderId));
        Answer notInvoiced = attempt(token, Long.toString(newOrderId()));
        Answer unknown = attempt(token, "999999999");

        assertThat(List.of(colleague, notInvoiced, unknown)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(kit.problem(answer).code()).isEqualTo("resource.not-found");
        });
        assertThat(colleague.body()).as("nothing of the order shows").isEqualTo(unknown.body()
                .replace("999999999", Long.toString(orderId)));
    }

    @Test
    void only_employees_download_invoices() {
        long orderId = newOrderId();
        invoices.issue(draft(orderId, employee.id()));

        Answer hr = attempt(employer.hrToken(), Long.toString(orderId));
        Answer admin = attempt(allowances.adminToken(), Long.toString(orderId));

        assertThat(List.of(hr, admin)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(403);
            assertThat(kit.problem(answer).code()).isEqualTo("access.forbidden");
        });
    }

    @Test
    @OutsideTheContract("an order id that is not a number, to see it refused")
    void an_order_id_that_is_not_a_number_is_refused() {
        Answer answer = attempt(token, "abc");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).code()).isEqualTo("request.invalid");
    }
}
