package org.openbenefits.platform.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.contract.api.checkout.CheckoutAnswer;
import org.openbenefits.contract.api.checkout.CheckoutItem;
import org.openbenefits.contract.api.checkout.CheckoutRequest;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.order.CancellationAnswer;
import org.openbenefits.contract.api.order.CancellationRequest;
import org.openbenefits.contract.api.order.OrderDetail;
import org.openbenefits.contract.api.order.OrderLineView;
import org.openbenefits.contract.api.order.RefundView;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.domain.payment.CardToken;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.ledger.CheckLedger;
import org.openbenefits.platform.payment.CardPaymentSettled;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The employee cancels lines of a paid order, through the API, the order placed by a real checkout and its card part
 * authorised by a gateway the test drives: each euro goes back where the rules say (grants, the employer's budget for
 * a grant that expired meanwhile, the card once), stock comes back, the shipping fee when no postal line is left, the
 * ledger stays consistent, and the employee is e-mailed in French; a line that can no longer be cancelled refuses the
 * whole request with nothing moved; twice or concurrently, one cancellation wins; other people's orders are not found.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CancellationTest implements TestPropertyProvider {

    private static final String RETURN_TO = "http://127.0.0.1:8081/commandes/retour";
    /** Monday 15 June 2026, noon in Paris. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    RecordingCardPayments gateway;
    @Inject
    CardRefunds cardRefunds;
    @Inject
    CheckLedger ledger;
    @Inject
    Jdbc jdbc;
    @Inject
    ApplicationEventPublisher<CardPaymentSettled> events;
    @Inject
    TransactionOperations<Connection> transactions;

    private Employer acme;

    private record Employee(UserAccountRow account, String token) {

        long id() {
            return account.id();
        }
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_cancel"));
        properties.put("platform.security.rate-limit.requests-per-minute", "100000");
        properties.put("test.card-payments", "recording");
        properties.put("platform.checkout.hold-job.enabled", "false");
        properties.put("platform.orders.refund-job.enabled", "false");
        properties.put("platform.orders.refund-job.retry-after", "0s");
        return properties;
    }

    @BeforeAll
    void anEmployer() {
        acme = allowances.employer("Annulations SA");
        allowances.fund(acme, 10_000_000);
    }

    // ---- the cases

    @Test
    void cancelling_the_postal_line_in_preparation_gives_back_the_grant_the_fee_and_the_card_once_and_the_stock() {
        Employee employee = employeeWithGift("Cadeau poste", 2_000, today().plusMonths(6));
        OfferAdminView box = offer("Coffret livres", "BOOKS", "POSTAL", 3_000, 5);
        long budgetBefore = allowances.budgetBalance(acme.id());

        CheckoutAnswer placed = checkout(employee, List.of(box), true);
        assertThat(placed.cardCents()).isEqualTo(1_490); // 30,00 € + 4,90 € of shipping, 20,00 € by the gift cheque
        OrderDetail paid = order(employee, placed.orderId());
        assertThat(grantBalance(employee)).isZero();
        assertThat(stockCount(box)).isEqualTo(4);
        NotificationRequested confirmation = kit.lastNotification(mailOf(employee), OrderMails.CONFIRMATION);
        assertThat(confirmation.locale()).isEqualTo("fr");
        assertThat(confirmation.parameters()).containsEntry("orderNumber", placed.number())
                .containsEntry("line1Title", "Coffret livres").containsEntry("total", "34,90\u00a0€")
                .containsEntry("allowances", "20,00\u00a0€").containsEntry("card", "14,90\u00a0€")
                .containsEntry("postalAddress", "12 rue des Lilas, 69003 Lyon")
                .containsEntry("orderUrl", "http://127.0.0.1:8081/commandes/" + placed.orderId());
        long lineId = paid.lines().getFirst().id();
        jdbc.update("UPDATE order_line SET state = 'PREPARING' WHERE id = ?", lineId);

        CancellationAnswer answer = cancelled(employee, placed.orderId(), List.of(lineId));

        assertThat(answer.cancelledLines()).containsExactly(lineId);
        assertThat(answer.shippingRefunded()).isTrue();
        assertThat(answer.totalCents()).isEqualTo(3_490);
        assertThat(answer.refunds()).extracting(RefundView::destination, RefundView::amountCents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GRANT", 2_000L),
                        org.assertj.core.groups.Tuple.tuple("CARD", 1_490L));
        assertThat(answer.refunds().getFirst().campaignName()).isEqualTo("Cadeau poste " + employee.id());
        assertThat(answer.refunds().get(1).cardBrand()).isEqualTo("VISA");
        assertThat(answer.refunds().get(1).cardLast4()).isEqualTo("4242");
        assertThat(answer.order().status()).isEqualTo("CANCELLED");
        assertThat(answer.order().lines()).extracting(OrderLineView::state).containsExactly("CANCELLED");
        assertThat(grantBalance(employee)).isEqualTo(2_000);
        assertThat(allowances.budgetBalance(acme.id())).isEqualTo(budgetBefore);
        assertThat(stockCount(box)).isEqualTo(5);
        PaymentIntentId intent = intentOf(placed);
        assertThat(gateway.asked(intent)).hasSize(1);
        assertThat(gateway.refunded(intent)).singleElement().satisfies(refund ->
                assertThat(refund.amount().cents()).isEqualTo(1_490));
        assertThat(cardState(placed.orderId())).isEqualTo("DONE");
        assertThat(jdbc.number("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'order.lines-cancelled' "
                + "AND record_key = ?", placed.number())).isEqualTo(1);
        ledgerIsClean();

        NotificationRequested mail = kit.lastNotification(mailOf(employee), OrderMails.CANCELLATION);
        assertThat(mail.locale()).isEqualTo("fr");
        assertThat(mail.parameters()).containsEntry("orderNumber", placed.number())
                .containsEntry("line1Title", "Coffret livres").containsEntry("shippingRefunded", "true")
                .containsEntry("total", "34,90\u00a0€")
                .containsEntry("refund1Destination", "GRANT").containsEntry("refund1Amount", "20,00\u00a0€")
                .containsEntry("refund1Kind", "GIFT_CHEQUE").containsEntry("refund1Name", "Cadeau poste " + employee.id())
                .containsEntry("refund2Destination", "CARD").containsEntry("refund2Amount", "14,90\u00a0€")
                .containsEntry("refund2Kind", "VISA").containsEntry("refund2Name", "4242");
    }

    @Test
    void a_line_already_sent_refuses_the_whole_request_and_nothing_moves() {
        Employee employee = employeeWithGift("Cadeau envoyé", 5_000, today().plusMonths(6));
        OfferAdminView cinema = offer("Cinéma envoyé", "CINEMA", "E_TICKET", 900, 10);
        OfferAdminView show = offer("Spectacle gardé", "SHOWS", "E_TICKET", 1_500, 10);
        CheckoutAnswer placed = checkout(employee, List.of(cinema, show), false);
        List<OrderLineView> lines = order(employee, placed.orderId()).lines();
        jdbc.update("UPDATE order_line SET state = 'SENT' WHERE id = ?", lines.getFirst().id());
        long balance = grantBalance(employee);
        long movements = jdbc.number("SELECT COUNT(*) FROM ledger_movement");

        Answer answer = cancel(employee, placed.orderId(), List.of(lines.get(1).id(), lines.getFirst().id()));

        ProblemDetail problem = refused(answer, 409, "order.lines-not-cancellable");
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("lines[1]");
            assertThat(error.code()).isEqualTo("order.line-sent");
        });
        assertThat(order(employee, placed.orderId()).lines()).extracting(OrderLineView::state)
                .containsExactly("SENT", "PAID");
        assertThat(grantBalance(employee)).isEqualTo(balance);
        assertThat(stockCount(show)).isEqualTo(9);
        assertThat(jdbc.number("SELECT COUNT(*) FROM ledger_movement")).isEqualTo(movements);
        assertThat(jdbc.number("SELECT COUNT(*) FROM order_cancellation WHERE order_id = ?", placed.orderId()))
                .isZero();
    }

    @Test
    void a_grant_expired_meanwhile_gives_its_part_to_the_employer_budget_and_the_answer_and_the_mail_say_so() {
        LocalDate lastDay = today().plusDays(1);
        Employee employee = employeeWithGift("Culture courte", 3_000, lastDay);
        OfferAdminView cinema = offer("Cinéma expiré", "CINEMA", "E_TICKET", 1_200, 10);
        CheckoutAnswer placed = checkout(employee, List.of(cinema), false);
        long lineId = order(employee, placed.orderId()).lines().getFirst().id();
        long budgetBefore = allowances.budgetBalance(acme.id());
        Duration twoDays = Duration.ofDays(2);
        clock.advance(twoDays);
        try {
            Employee again = signedInAgain(employee);

            CancellationAnswer answer = cancelled(again, placed.orderId(), List.of(lineId));

            assertThat(answer.refunds()).singleElement().satisfies(refund -> {
                assertThat(refund.destination()).isEqualTo("EMPLOYER_BUDGET");
                assertThat(refund.amountCents()).isEqualTo(1_200);
                assertThat(refund.campaignName()).isEqualTo("Culture courte " + employee.id());
            });
            assertThat(allowances.budgetBalance(acme.id())).isEqualTo(budgetBefore + 1_200);
            assertThat(grantBalance(employee)).isEqualTo(3_000 - 1_200);
            assertThat(stockCount(cinema)).isEqualTo(10);
            NotificationRequested mail = kit.lastNotification(mailOf(employee), OrderMails.CANCELLATION);
            assertThat(mail.parameters()).containsEntry("refund1Destination", "EMPLOYER_BUDGET")
                    .containsEntry("refund1Amount", "12,00\u00a0€").containsEntry("refund1Name", "Culture courte " + employee.id())
                    .doesNotContainKey("refund2Destination");
            ledgerIsClean();
        } finally {
            clock.advance(twoDays.negated());
        }
    }

    @Test
    void on_its_last_day_a_grant_still_takes_its_part_back() {
        Employee employee = employeeWithGift("Dernier jour", 3_000, today());
        OfferAdminView cinema = offer("Cinéma dernier jour", "CINEMA", "E_TICKET", 1_000, 10);
        CheckoutAnswer placed = checkout(employee, List.of(cinema), false);
        long lineId = order(employee, placed.orderId()).lines().getFirst().id();

        CancellationAnswer answer = cancelled(employee, placed.orderId(), List.of(lineId));

        assertThat(answer.refunds()).extracting(RefundView::destination).containsExactly("GRANT");
        assertThat(grantBalance(employee)).isEqualTo(3_000);
    }

    @Test
    void cancelling_twice_refuses_the_second_and_refunds_the_card_once() {
        Employee employee = employeeWithGift("Cadeau deux fois", 500, today().plusMonths(6));
        OfferAdminView cinema = offer("Cinéma deux fois", "CINEMA", "E_TICKET", 1_100, 10);
        CheckoutAnswer placed = checkout(employee, List.of(cinema), true);
        long lineId = order(employee, placed.orderId()).lines().getFirst().id();
        cancelled(employee, placed.orderId(), List.of(lineId));

        ProblemDetail problem = refused(cancel(employee, placed.orderId(), List.of(lineId)), 409,
                "order.lines-not-cancellable");

        assertThat(problem.errors()).singleElement().satisfies(error ->
                assertThat(error.code()).isEqualTo("order.line-cancelled"));
        assertThat(gateway.asked(intentOf(placed))).hasSize(1);
        assertThat(grantBalance(employee)).isEqualTo(500);
        assertThat(stockCount(cinema)).isEqualTo(10);
        ledgerIsClean();
    }

    @Test
    void of_two_concurrent_cancellations_of_the_same_line_one_wins() throws Exception {
        Employee employee = employeeWithGift("Cadeau concurrent", 800, today().plusMonths(6));
        OfferAdminView cinema = offer("Cinéma concurrent", "CINEMA", "E_TICKET", 1_000, 10);
        CheckoutAnswer placed = checkout(employee, List.of(cinema), true);
        long lineId = order(employee, placed.orderId()).lines().getFirst().id();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Answer> call = () -> {
                    start.await();
                    return cancel(employee, placed.orderId(), List.of(lineId));
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.number("SELECT COUNT(*) FROM order_cancellation WHERE order_id = ?", placed.orderId()))
                .isEqualTo(1);
        assertThat(gateway.asked(intentOf(placed))).hasSize(1);
        assertThat(grantBalance(employee)).isEqualTo(800);
        assertThat(stockCount(cinema)).isEqualTo(10);
        ledgerIsClean();
    }

    @Test
    void a_card_refund_the_gateway_did_not_take_stays_pending_and_the_job_refunds_it_once() {
        Employee employee = employeeWithGift("Cadeau panne", 300, today().plusMonths(6));
        OfferAdminView cinema = offer("Cinéma panne", "CINEMA", "E_TICKET", 1_000, 10);
        CheckoutAnswer placed = checkout(employee, List.of(cinema), true);
        long lineId = order(employee, placed.orderId()).lines().getFirst().id();
        PaymentIntentId intent = intentOf(placed);
        gateway.refundsUnreachable(true);
        try {
            cancelled(employee, placed.orderId(), List.of(lineId));
            assertThat(cardState(placed.orderId())).isEqualTo("PENDING");
            assertThat(jdbc.one("SELECT card_last_error FROM order_cancellation WHERE order_id = ?",
                    row -> row.getString(1), placed.orderId())).contains("IllegalStateException");
        } finally {
            gateway.refundsUnreachable(false);
        }

        cardRefunds.retryPending();
        cardRefunds.retryPending();

        assertThat(cardState(placed.orderId())).isEqualTo("DONE");
        assertThat(gateway.asked(intent)).hasSize(1);
        assertThat(gateway.refunded(intent)).singleElement().satisfies(refund ->
                assertThat(refund.amount().cents()).isEqualTo(700));
    }

    @Test
    void another_employees_order_is_not_found_and_an_hr_manager_may_not_cancel() {
        Employee employee = employeeWithGift("Cadeau privé", 2_000, today().plusMonths(6));
        OfferAdminView cinema = offer("Cinéma privé", "CINEMA", "E_TICKET", 1_000, 10);
        CheckoutAnswer placed = checkout(employee, List.of(cinema), false);
        long lineId = order(employee, placed.orderId()).lines().getFirst().id();
        Employee stranger = employeeWithGift("Cadeau voisin", 100, today().plusMonths(6));

        refused(cancel(stranger, placed.orderId(), List.of(lineId)), 404, "resource.not-found");
        refused(kit.call(HttpRequest.POST("/api/v1/me/orders/" + placed.orderId() + "/cancellation",
                new CancellationRequest(List.of(lineId))).bearerAuth(acme.hrToken())), 403, "access.forbidden");

        assertThat(order(employee, placed.orderId()).lines()).extracting(OrderLineView::state).containsExactly("PAID");
        assertThat(grantBalance(employee)).isEqualTo(1_000);
    }

    @Test
    void a_line_the_order_does_not_have_or_named_twice_is_an_invalid_request() {
        Employee employee = employeeWithGift("Cadeau invalide", 2_000, today().plusMonths(6));
        OfferAdminView cinema = offer("Cinéma invalide", "CINEMA", "E_TICKET", 1_000, 10);
        CheckoutAnswer placed = checkout(employee, List.of(cinema), false);
        long lineId = order(employee, placed.orderId()).lines().getFirst().id();

        ProblemDetail problem = refused(cancel(employee, placed.orderId(), List.of(lineId, lineId, 999_999_999L)),
                400, "request.invalid");

        assertThat(problem.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[1]", "order.line-named-twice"),
                        org.assertj.core.groups.Tuple.tuple("lines[2]", "order.line-unknown"));
        assertThat(order(employee, placed.orderId()).lines()).extracting(OrderLineView::state).containsExactly("PAID");
    }

    @Test
    @OutsideTheContract("a cancellation naming no line")
    void a_cancellation_naming_no_line_is_refused() {
        Employee employee = employeeWithGift("Cadeau vide", 2_000, today().plusMonths(6));
        OfferAdminView cinema = offer("Cinéma vide", "CINEMA", "E_TICKET", 1_000, 10);
        CheckoutAnswer placed = checkout(employee, List.of(cinema), false);

        refused(cancel(employee, placed.orderId(), List.of()), 400, "request.invalid");
    }

    // ---- helpers

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Paris"));
    }

    private Employee employeeWithGift(String campaign, long cents, LocalDate lastDay) {
        UserAccountRow account = kit.employeeWithProfile(acme.id());
        Employee employee = new Employee(account,
                kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken());
        allowances.confirmed(acme, new CampaignRequest("GIFT_CHEQUE", campaign + " " + employee.id(), cents, false,
                today(), lastDay, List.of("*"), null, null, "LIST", null, List.of(employee.id())));
        return employee;
    }

    private Employee signedInAgain(Employee employee) {
        return new Employee(employee.account(), kit.signIn(employee.account().email(), IdentityTestKit.GOOD_PASSWORD)
                .accessToken());
    }

    private String mailOf(Employee employee) {
        return employee.account().email();
    }

    private OfferAdminView offer(String title, String category, String delivery, long price, long stock) {
        Answer answer = kit.postAs(allowances.adminToken(), "/api/v1/platform/offers", new OfferRequest(title,
                "Description de " + title, category, delivery, price + 300, price, "", "1 an", 10, List.of()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        OfferAdminView offer = kit.read(answer, OfferAdminView.class);
        kit.postAs(allowances.adminToken(), "/api/v1/platform/offers/" + offer.id() + "/publication", "");
        Answer stocked = kit.call(HttpRequest.PUT("/api/v1/platform/offers/" + offer.id() + "/stock",
                new StockRequest(stock)).bearerAuth(allowances.adminToken()));
        assertThat(stocked.status()).as(stocked.body()).isEqualTo(200);
        return offer;
    }

    /** Places the order and, when it has a card part, has the gateway authorise it; the order is paid. */
    private CheckoutAnswer checkout(Employee employee, List<OfferAdminView> offers, boolean withCard) {
        boolean postal = offers.stream().anyMatch(offer -> "POSTAL".equals(offer.delivery()));
        CheckoutRequest request = new CheckoutRequest(offers.stream()
                .map(offer -> new CheckoutItem(offer.id(), 1, offer.employeePriceCents())).toList(), null,
                "livraison@example.fr", postal ? new ProfileAddress("12 rue des Lilas", null, "69003", "Lyon", null)
                : null, RETURN_TO);
        Answer answer = kit.call(HttpRequest.POST("/api/v1/me/checkout", request)
                .header("Idempotency-Key", UUID.randomUUID().toString()).bearerAuth(employee.token()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(withCard ? 202 : 201);
        CheckoutAnswer placed = kit.read(answer, CheckoutAnswer.class);
        if (withCard) {
            PaymentIntentId intent = RecordingCardPayments.intentOf(placed.paymentUrl());
            transactions.executeWrite(status -> {
                events.publishEvent(new CardPaymentSettled.Authorised(intent, placed.orderId(),
                        new StoredCard(new CardToken("tok_" + intent.value()), CardBrand.VISA, "4242")));
                return null;
            });
            assertThat(order(employee, placed.orderId()).paymentStatus()).isEqualTo("PAID");
        }
        return placed;
    }

    private PaymentIntentId intentOf(CheckoutAnswer placed) {
        return RecordingCardPayments.intentOf(placed.paymentUrl());
    }

    private Answer cancel(Employee employee, long orderId, List<Long> lines) {
        return kit.call(HttpRequest.POST("/api/v1/me/orders/" + orderId + "/cancellation",
                new CancellationRequest(lines)).bearerAuth(employee.token()));
    }

    private CancellationAnswer cancelled(Employee employee, long orderId, List<Long> lines) {
        Answer answer = cancel(employee, orderId, lines);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return kit.read(answer, CancellationAnswer.class);
    }

    private OrderDetail order(Employee employee, long id) {
        Answer answer = kit.call(HttpRequest.GET("/api/v1/me/orders/" + id).bearerAuth(employee.token()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return kit.read(answer, OrderDetail.class);
    }

    private ProblemDetail refused(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo(code);
        return problem;
    }

    private long grantBalance(Employee employee) {
        return jdbc.number("""
                SELECT COALESCE(SUM(a.balance_cents), 0) FROM ledger_account a
                JOIN allowance_grant g ON a.owner_id = g.id AND a.type = 'GRANT' AND a.employer_id = g.employer_id
                WHERE g.employee_id = ?""", employee.id());
    }

    private long stockCount(OfferAdminView offer) {
        return jdbc.number("""
                SELECT CASE WHEN stock_kind = 'COUNT' THEN stock_count - stock_held
                            ELSE (SELECT COUNT(*) FROM offer_stock_code c WHERE c.offer_id = offer.id AND NOT c.issued
                                  AND c.held_by_order IS NULL) END
                FROM offer WHERE id = ?""", offer.id());
    }

    private String cardState(long orderId) {
        return jdbc.one("SELECT card_state FROM order_cancellation WHERE order_id = ? ORDER BY id DESC LIMIT 1",
                row -> row.getString(1), orderId).orElseThrow();
    }

    private void ledgerIsClean() {
        assertThat(ledger.check().problems()).isEmpty();
    }
}
