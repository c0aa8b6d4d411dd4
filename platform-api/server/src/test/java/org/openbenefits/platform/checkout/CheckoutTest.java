package org.openbenefits.platform.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.platform.checkout.CheckoutTestKit.cart;
import static org.openbenefits.platform.checkout.CheckoutTestKit.newKey;
import static org.openbenefits.platform.checkout.CheckoutTestKit.posted;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.checkout.CheckoutAnswer;
import org.openbenefits.contract.api.checkout.CheckoutItem;
import org.openbenefits.contract.api.checkout.CheckoutRequest;
import org.openbenefits.contract.api.checkout.PaymentRestart;
import org.openbenefits.contract.api.checkout.PaymentRestartRequest;
import org.openbenefits.contract.api.order.OrderDetail;
import org.openbenefits.contract.api.order.OrderPage;
import org.openbenefits.contract.api.order.OrderSummary;
import org.openbenefits.contract.api.order.PaidPart;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.checkout.CheckoutTestKit.Employee;
import org.openbenefits.platform.ledger.CheckLedger;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Checkout with holds (ADR 0013) and idempotency (ADR 0012), through the API, with a gateway the test drives: an order
 * the allowances pay is paid at once; a card part waits for the gateway's outcome, its grants and stock held; three
 * failures refuse the order and release everything; an abandoned checkout is released by the hold job after the hold
 * time; a key replays its first answer; the employee reads their orders and no one else's.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutTest implements TestPropertyProvider {

    /** Monday 15 June 2026, noon in Paris. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    CheckoutTestKit checkouts;
    @Inject
    FakeCardPayments gateway;
    @Inject
    ReleaseExpiredHolds holdJob;
    @Inject
    CheckLedger ledger;

    private Employer acme;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_checkout"));
        properties.put("platform.security.rate-limit.requests-per-minute", "100000");
        properties.put("test.card-payments", "fake");
        return properties;
    }

    @BeforeAll
    void anEmployer() {
        acme = allowances.employer("Commandes SA");
        allowances.fund(acme, 10_000_000);
    }

    private Employee employeeWithGift(long cents) {
        Employee employee = checkouts.employee(acme);
        checkouts.giftCheque(acme, "Cadeau " + employee.id(), cents, TODAY, List.of(employee.id()));
        return employee;
    }

    private CheckoutAnswer placed(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return kit.read(answer, CheckoutAnswer.class);
    }

    private ProblemDetail refused(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo(code);
        return problem;
    }

    private OrderDetail order(Employee employee, long id) {
        Answer answer = checkouts.get(employee, "/api/v1/me/orders/" + id);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return kit.read(answer, OrderDetail.class);
    }

    private Answer restart(Employee employee, long orderId) {
        return kit.call(HttpRequest.POST("/api/v1/me/orders/" + orderId + "/payment",
                new PaymentRestartRequest(CheckoutTestKit.RETURN_TO)).bearerAuth(employee.token()));
    }

    private PaymentIntentId intentOf(String paymentUrl) {
        return gateway.intentOf(paymentUrl).id();
    }

    private void ledgerIsClean() {
        assertThat(ledger.check().problems()).isEmpty();
    }

    @Test
    void an_order_the_allowances_pay_in_full_is_paid_at_once_and_its_stock_sold() {
        Employee employee = employeeWithGift(5_000);
        OfferAdminView cinema = checkouts.offer("Cinéma tout payé", "CINEMA", "E_TICKET", 900, 10);
        long outboxBefore = checkouts.number("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'order.paid'");

        CheckoutAnswer answer = placed(checkouts.checkout(employee, newKey(), cart(cinema, 2)), 201);

        assertThat(answer.status()).isEqualTo("PAID");
        assertThat(answer.paymentUrl()).isNull();
        assertThat(answer.totalCents()).isEqualTo(1_800);
        assertThat(answer.allowancesCents()).isEqualTo(1_800);
        assertThat(answer.cardCents()).isZero();
        assertThat(answer.number()).matches("CMD-2026-\\d{6,}");
        assertThat(checkouts.grantBalance(employee.id())).isEqualTo(3_200);
        assertThat(checkouts.stock(cinema.id())).containsEntry("count", 8L).containsEntry("held", 0L);
        assertThat(checkouts.number("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'order.paid'"))
                .isEqualTo(outboxBefore + 1);
        assertThat(checkouts.number("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'order.paid' "
                + "AND payload LIKE ?", "%" + answer.number() + "%")).isOne();

        OrderDetail order = order(employee, answer.orderId());
        assertThat(order.status()).isEqualTo("PAID");
        assertThat(order.paymentStatus()).isEqualTo("PAID");
        assertThat(order.paymentUrl()).isNull();
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.title()).isEqualTo("Cinéma tout payé");
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.state()).isEqualTo("PAID");
            assertThat(line.cardCents()).isZero();
            assertThat(line.parts()).extracting(PaidPart::kind, PaidPart::amountCents)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("GIFT_CHEQUE", 1_800L));
        });
        assertThat(order.deliveryEmail()).isEqualTo("livraison@example.fr");
        assertThat(order.postalAddress()).isNull();
        ledgerIsClean();
    }

    @Test
    void a_card_remainder_waits_for_the_gateway_with_its_holds_then_the_authorisation_pays_the_order_once() {
        Employee employee = employeeWithGift(1_000);
        OfferAdminView theatre = checkouts.offer("Théâtre à compléter", "SHOWS", "E_TICKET", 4_500, 3);

        CheckoutAnswer answer = placed(checkouts.checkout(employee, newKey(), cart(theatre, 1)), 202);

        assertThat(answer.status()).isEqualTo("PENDING_PAYMENT");
        assertThat(answer.cardCents()).isEqualTo(3_500);
        assertThat(answer.paymentUrl()).startsWith("http://127.0.0.1:9/simulateur/paiement/");
        assertThat(answer.holdExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)).toString());
        assertThat(checkouts.grantBalance(employee.id())).isZero();
        assertThat(checkouts.stock(theatre.id())).containsEntry("count", 3L).containsEntry("held", 1L);
        OrderDetail pending = order(employee, answer.orderId());
        assertThat(pending.paymentStatus()).isEqualTo("PENDING_PAYMENT");
        assertThat(pending.paymentUrl()).isEqualTo(answer.paymentUrl());
        assertThat(pending.attemptsLeft()).isEqualTo(3);
        PaymentIntentId intent = intentOf(answer.paymentUrl());
        assertThat(gateway.intent(intent).amount().cents()).isEqualTo(3_500);

        checkouts.authorise(intent, answer.orderId());
        checkouts.authorise(intent, answer.orderId());

        OrderDetail paid = order(employee, answer.orderId());
        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.cardBrand()).isEqualTo("VISA");
        assertThat(paid.cardLast4()).isEqualTo("4242");
        assertThat(paid.paymentUrl()).isNull();
        assertThat(paid.lines()).singleElement().satisfies(line -> assertThat(line.cardCents()).isEqualTo(3_500));
        assertThat(gateway.captured()).containsOnlyOnce(intent);
        assertThat(checkouts.stock(theatre.id())).containsEntry("count", 2L).containsEntry("held", 0L);
        assertThat(checkouts.grantBalance(employee.id())).isZero();
        assertThat(checkouts.number("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'order.paid' "
                + "AND payload LIKE ?", "%" + answer.number() + "%")).isOne();
        assertThat(checkouts.number("SELECT COUNT(*) FROM customer_order WHERE id = ? AND captured_at IS NOT NULL",
                answer.orderId())).isOne();
        refused(restart(employee, answer.orderId()), 409, "payment.order-already-paid");
        ledgerIsClean();
    }

    @Test
    void e_ticket_codes_are_reserved_for_the_order_issued_when_it_is_paid_and_named_by_id_only_in_its_event() {
        Employee employee = employeeWithGift(1_000);
        Employee other = employeeWithGift(1_000);
        OfferAdminView cinema = checkouts.offerWithCodes("Cinéma à codes", 900, "CODE-SECRET-1", "CODE-SECRET-2",
                "CODE-SECRET-3");

        CheckoutAnswer first = placed(checkouts.checkout(employee, newKey(), cart(cinema, 2)), 202);
        assertThat(checkouts.codes(cinema.id())).containsEntry("free", 1L).containsEntry("held", 2L);
        refused(checkouts.checkout(other, newKey(), cart(cinema, 2)), 409, "cart.quantity-above-stock");
        CheckoutAnswer second = placed(checkouts.checkout(other, newKey(), cart(cinema, 1)), 201);
        assertThat(checkouts.codes(cinema.id())).containsEntry("free", 0L).containsEntry("issued", 1L);
        checkouts.authorise(intentOf(first.paymentUrl()), first.orderId());

        assertThat(checkouts.codes(cinema.id())).containsEntry("free", 0L).containsEntry("held", 0L)
                .containsEntry("issued", 3L);
        assertThat(checkouts.number("SELECT COUNT(*) FROM offer_stock_code WHERE held_by_order = ? AND issued",
                first.orderId())).isEqualTo(2);
        assertThat(checkouts.number("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'order.paid' "
                + "AND payload LIKE ? AND payload LIKE '%stockCodeIds%' AND payload NOT LIKE '%CODE-SECRET%'",
                "%" + first.number() + "%")).isOne();
        assertThat(second.number()).isNotEqualTo(first.number());
        ledgerIsClean();
    }

    @Test
    void three_declined_cards_refuse_the_order_and_release_every_hold() {
        Employee employee = employeeWithGift(1_000);
        OfferAdminView show = checkouts.offer("Spectacle refusé", "SHOWS", "POSTAL", 4_000, 5);

        CheckoutAnswer answer = placed(checkouts.checkout(employee, newKey(), posted(show, 1)), 202);
        assertThat(checkouts.grantBalance(employee.id())).isZero();
        assertThat(checkouts.stock(show.id())).containsEntry("held", 1L);
        OrderDetail pending = order(employee, answer.orderId());
        assertThat(pending.postalAddress()).isNotNull();
        assertThat(pending.postalAddress().city()).isEqualTo("Lyon");
        assertThat(pending.shipBy()).isNotNull();
        refused(restart(employee, answer.orderId()), 409, "payment.attempt-in-progress");

        String paymentUrl = answer.paymentUrl();
        for (int attempt = 1; attempt <= 3; attempt++) {
            checkouts.decline(intentOf(paymentUrl), answer.orderId());
            OrderDetail after = order(employee, answer.orderId());
            assertThat(after.attemptsLeft()).isEqualTo(3 - attempt);
            if (attempt < 3) {
                assertThat(after.paymentStatus()).isEqualTo("PENDING_PAYMENT");
                assertThat(after.paymentUrl()).isNull();
                assertThat(checkouts.grantBalance(employee.id())).isZero();
                Answer again = restart(employee, answer.orderId());
                assertThat(again.status()).as(again.body()).isEqualTo(200);
                PaymentRestart restarted = kit.read(again, PaymentRestart.class);
                assertThat(restarted.paymentUrl()).isNotEqualTo(paymentUrl);
                assertThat(restarted.attemptsLeft()).isEqualTo(3 - attempt);
                paymentUrl = restarted.paymentUrl();
            } else {
                assertThat(after.paymentStatus()).isEqualTo("REFUSED");
                assertThat(after.status()).isEqualTo("REFUSED");
                assertThat(after.endCode()).isEqualTo("payment.attempts-exhausted");
            }
        }

        assertThat(checkouts.grantBalance(employee.id())).isEqualTo(1_000);
        assertThat(checkouts.stock(show.id())).containsEntry("count", 5L).containsEntry("held", 0L);
        assertThat(gateway.captured()).doesNotContain(intentOf(paymentUrl));
        refused(restart(employee, answer.orderId()), 409, "payment.attempts-exhausted");
        ledgerIsClean();
    }

    @Test
    void the_same_key_replays_the_first_answer_and_another_cart_under_it_is_refused() {
        Employee employee = employeeWithGift(5_000);
        OfferAdminView museum = checkouts.offer("Musée rejoué", "MUSEUMS", "E_TICKET", 1_200, 10);
        String key = newKey();

        CheckoutAnswer first = placed(checkouts.checkout(employee, key, cart(museum, 1)), 201);
        CheckoutAnswer again = placed(checkouts.checkout(employee, key, cart(museum, 1)), 201);

        assertThat(again).isEqualTo(first);
        assertThat(checkouts.orders(employee.id())).isOne();
        assertThat(checkouts.grantBalance(employee.id())).isEqualTo(3_800);
        refused(checkouts.checkout(employee, key, cart(museum, 2)), 409, "checkout.idempotency-key-reused");
        assertThat(checkouts.orders(employee.id())).isOne();

        // Another employee's equal key is another checkout.
        Employee other = employeeWithGift(5_000);
        placed(checkouts.checkout(other, key, cart(museum, 1)), 201);
        assertThat(checkouts.orders(other.id())).isOne();
    }

    @Test
    void a_price_other_than_the_one_seen_is_refused_nothing_is_held_and_the_refusal_is_replayed() {
        Employee employee = employeeWithGift(5_000);
        OfferAdminView book = checkouts.offer("Livre renchéri", "BOOKS", "E_TICKET", 1_500, 10);
        CheckoutRequest seenCheaper = new CheckoutRequest(List.of(new CheckoutItem(book.id(), 1, 1_400L)), null,
                "livraison@example.fr", null, CheckoutTestKit.RETURN_TO);
        String key = newKey();

        ProblemDetail problem = refused(checkouts.checkout(employee, key, seenCheaper), 409, "cart.price-changed");

        assertThat(problem.parameters()).containsEntry("title", "Livre renchéri");
        assertThat(checkouts.orders(employee.id())).isZero();
        assertThat(checkouts.grantBalance(employee.id())).isEqualTo(5_000);
        assertThat(checkouts.stock(book.id())).containsEntry("count", 10L).containsEntry("held", 0L);
        ProblemDetail replayed = refused(checkouts.checkout(employee, key, seenCheaper), 409, "cart.price-changed");
        assertThat(replayed.detail()).isEqualTo(problem.detail());
        ledgerIsClean();
    }

    @Test
    void an_abandoned_checkout_is_released_by_the_hold_job_after_the_hold_time_and_a_late_authorisation_cancelled() {
        Instant start = clock.instant();
        try {
            abandonedCheckout();
        } finally {
            // Back to the class's time: the tokens signed in @BeforeAll stay valid for the other tests.
            clock.advance(Duration.between(clock.instant(), start));
        }
    }

    private void abandonedCheckout() {
        Employee employee = employeeWithGift(2_000);
        OfferAdminView park = checkouts.offer("Parc abandonné", "PARKS", "E_TICKET", 3_000, 4);
        CheckoutAnswer answer = placed(checkouts.checkout(employee, newKey(), cart(park, 2)), 202);
        PaymentIntentId intent = intentOf(answer.paymentUrl());
        assertThat(checkouts.stock(park.id())).containsEntry("held", 2L);

        clock.advance(Duration.ofMinutes(14));
        holdJob.run();
        assertThat(order(employee, answer.orderId()).paymentStatus()).isEqualTo("PENDING_PAYMENT");

        clock.advance(Duration.ofMinutes(2));
        ReleaseExpiredHolds.Run run = holdJob.run();

        assertThat(run.expired()).isGreaterThanOrEqualTo(1);
        Employee again = checkouts.signedInAgain(employee);
        OrderDetail expired = order(again, answer.orderId());
        assertThat(expired.paymentStatus()).isEqualTo("EXPIRED");
        assertThat(expired.endCode()).isEqualTo("checkout.order-expired");
        assertThat(gateway.cancelled()).contains(intent);
        assertThat(checkouts.grantBalance(employee.id())).isEqualTo(2_000);
        assertThat(checkouts.stock(park.id())).containsEntry("count", 4L).containsEntry("held", 0L);
        refused(restart(again, answer.orderId()), 409, "checkout.order-expired");

        checkouts.authorise(intent, answer.orderId());
        assertThat(order(again, answer.orderId()).paymentStatus()).isEqualTo("EXPIRED");
        assertThat(gateway.captured()).doesNotContain(intent);
        assertThat(holdJob.run().expired()).isZero();
        ledgerIsClean();
    }

    @Test
    void a_key_whose_first_request_still_runs_answers_in_progress_with_a_time_to_retry() throws Exception {
        Employee employee = employeeWithGift(500);
        OfferAdminView concert = checkouts.offer("Concert attendu", "MUSIC", "E_TICKET", 2_000, 5);
        String key = newKey();
        CountDownLatch gate = new CountDownLatch(1);
        gateway.holdStarts(gate);
        try {
            CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() ->
                    checkouts.checkout(employee, key, cart(concert, 1)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (checkouts.orders(employee.id()) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            Answer second = checkouts.checkout(employee, key, cart(concert, 1));

            refused(second, 409, "checkout.in-progress");
            assertThat(second.header("Retry-After")).contains("2");
            gate.countDown();
            placed(first.get(30, TimeUnit.SECONDS), 202);
        } finally {
            gateway.holdStarts(null);
            gate.countDown();
        }
        assertThat(checkouts.orders(employee.id())).isOne();
    }

    @Test
    void an_unreachable_gateway_releases_the_holds_and_the_same_key_may_be_sent_again() {
        Employee employee = employeeWithGift(500);
        OfferAdminView sport = checkouts.offer("Sport en panne", "SPORTS", "E_TICKET", 2_000, 5);
        String key = newKey();
        gateway.unreachable(true);
        try {
            refused(checkouts.checkout(employee, key, cart(sport, 1)), 503, "service.unavailable");
        } finally {
            gateway.unreachable(false);
        }
        assertThat(checkouts.grantBalance(employee.id())).isEqualTo(500);
        assertThat(checkouts.stock(sport.id())).containsEntry("held", 0L);

        placed(checkouts.checkout(employee, key, cart(sport, 1)), 202);
        ledgerIsClean();
    }

    @Test
    void a_cart_that_cannot_be_bought_is_refused_with_its_cart_code() {
        Employee employee = employeeWithGift(500);
        OfferAdminView scarce = checkouts.offer("Rare", "SHOWS", "E_TICKET", 1_000, 1);
        OfferAdminView parcel = checkouts.offer("Colis", "BOOKS", "POSTAL", 1_000, 5);

        refused(checkouts.checkout(employee, newKey(), cart(scarce, 2)), 409, "cart.quantity-above-stock");
        refused(checkouts.checkout(employee, newKey(), new CheckoutRequest(List.of(new CheckoutItem(999_999_999L, 1,
                100L)), null, "livraison@example.fr", null, CheckoutTestKit.RETURN_TO)), 404, "cart.offer-unavailable");
        ProblemDetail noAddress = refused(checkouts.checkout(employee, newKey(), cart(parcel, 1)), 400,
                "request.invalid");
        assertThat(noAddress.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("postalAddress", "field.required"));
        ProblemDetail needless = refused(checkouts.checkout(employee, newKey(), posted(scarce, 1)), 400,
                "request.invalid");
        assertThat(needless.errors()).extracting(ProblemDetail.FieldError::code)
                .containsExactly("checkout.postal-address-not-needed");
        ProblemDetail tampered = refused(checkouts.checkout(employee, newKey(), new CheckoutRequest(
                List.of(new CheckoutItem(scarce.id(), 1, 1_000L)), null, "livraison@example.fr", null,
                "https://attaquant.example/commandes")), 400, "request.invalid");
        assertThat(tampered.errors()).extracting(ProblemDetail.FieldError::field).containsExactly("returnTo");
        ProblemDetail twice = refused(checkouts.checkout(employee, newKey(), new CheckoutRequest(
                List.of(new CheckoutItem(scarce.id(), 1, 1_000L), new CheckoutItem(scarce.id(), 1, 1_000L)), null,
                "livraison@example.fr", null, CheckoutTestKit.RETURN_TO)), 400, "request.invalid");
        assertThat(twice.errors()).extracting(ProblemDetail.FieldError::field).containsExactly("items[1].offerId");
        assertThat(checkouts.orders(employee.id())).isZero();
        assertThat(checkouts.grantBalance(employee.id())).isEqualTo(500);
    }

    @Test
    @OutsideTheContract("a checkout without its Idempotency-Key header, with a malformed one, or with huge numbers")
    void a_checkout_without_a_well_formed_key_or_with_huge_numbers_is_refused() {
        Employee employee = employeeWithGift(500);
        OfferAdminView cinema = checkouts.offer("Cinéma sans clé", "CINEMA", "E_TICKET", 900, 5);

        Answer noKey = kit.call(HttpRequest.POST("/api/v1/me/checkout", cart(cinema, 1)).bearerAuth(employee.token()));
        ProblemDetail missing = refused(noKey, 400, "request.invalid");
        assertThat(missing.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Idempotency-Key", "field.required"));
        ProblemDetail malformed = refused(checkouts.checkout(employee, "court", cart(cinema, 1)), 400,
                "request.invalid");
        assertThat(malformed.errors()).extracting(ProblemDetail.FieldError::code).containsExactly("field.invalid-value");
        ProblemDetail tooMany = refused(checkouts.checkout(employee, newKey(), new CheckoutRequest(
                List.of(new CheckoutItem(cinema.id(), 100_000, 900L)), null, "livraison@example.fr", null,
                CheckoutTestKit.RETURN_TO)), 400, "request.invalid");
        assertThat(tooMany.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("items[0].quantity", "field.too-large"));
        Answer huge = kit.call(HttpRequest.POST("/api/v1/me/checkout", "{\"items\": [{\"offerId\": "
                        + "123456789012345678901234567890, \"quantity\": 1, \"unitPriceCents\": 900}], "
                        + "\"deliveryEmail\": \"a@example.fr\", \"returnTo\": \"" + CheckoutTestKit.RETURN_TO + "\"}")
                .contentType("application/json").header("Idempotency-Key", newKey()).bearerAuth(employee.token()));
        refused(huge, 400, "request.invalid");
        assertThat(checkouts.orders(employee.id())).isZero();
    }

    @Test
    void the_employee_lists_their_orders_newest_first_and_reads_no_one_elses() {
        Employee employee = employeeWithGift(10_000);
        Employee neighbour = employeeWithGift(10_000);
        OfferAdminView cinema = checkouts.offer("Cinéma listé", "CINEMA", "E_TICKET", 900, 20);
        CheckoutAnswer older = placed(checkouts.checkout(employee, newKey(), cart(cinema, 1)), 201);
        clock.advance(Duration.ofSeconds(5));
        CheckoutAnswer newer = placed(checkouts.checkout(employee, newKey(), cart(cinema, 3)), 201);
        CheckoutAnswer theirs = placed(checkouts.checkout(neighbour, newKey(), cart(cinema, 1)), 201);

        Answer list = checkouts.get(employee, "/api/v1/me/orders?page=0&size=10");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        OrderPage page = kit.read(list, OrderPage.class);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(OrderSummary::number).containsExactly(newer.number(), older.number());
        assertThat(page.items()).extracting(OrderSummary::status).containsOnly("PAID");
        assertThat(page.items().getFirst().totalCents()).isEqualTo(2_700);

        refused(checkouts.get(employee, "/api/v1/me/orders/" + theirs.orderId()), 404, "resource.not-found");
        refused(restart(employee, theirs.orderId()), 404, "resource.not-found");
        refused(checkouts.get(employee, "/api/v1/me/orders/999999999"), 404, "resource.not-found");
    }

    @Test
    void only_employees_check_out_and_read_orders() {
        List<String> staff = List.of(acme.hrToken(), allowances.adminToken());
        OfferAdminView cinema = checkouts.offer("Cinéma du personnel", "CINEMA", "E_TICKET", 900, 5);
        for (String token : staff) {
            refused(kit.call(HttpRequest.POST("/api/v1/me/checkout", cart(cinema, 1))
                    .header("Idempotency-Key", newKey()).bearerAuth(token)), 403, "access.forbidden");
            refused(kit.call(HttpRequest.GET("/api/v1/me/orders").bearerAuth(token)), 403, "access.forbidden");
            refused(kit.call(HttpRequest.GET("/api/v1/me/orders/1").bearerAuth(token)), 403, "access.forbidden");
            refused(kit.call(HttpRequest.POST("/api/v1/me/orders/1/payment",
                    new PaymentRestartRequest(CheckoutTestKit.RETURN_TO)).bearerAuth(token)), 403, "access.forbidden");
        }
    }

    @Test
    @OutsideTheContract("no access token on the checkout and order routes")
    void without_a_token_checkout_and_orders_answer_401() {
        refused(kit.call(HttpRequest.GET("/api/v1/me/orders")), 401, "auth.required");
        refused(kit.call(HttpRequest.POST("/api/v1/me/checkout", Map.of()).header("Idempotency-Key", newKey())), 401,
                "auth.required");
    }
}
