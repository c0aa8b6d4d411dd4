package org.openbenefits.platform.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.platform.checkout.CheckoutTestKit.cart;
import static org.openbenefits.platform.checkout.CheckoutTestKit.newKey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.checkout.CheckoutAnswer;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.checkout.CheckoutTestKit.Employee;
import org.openbenefits.platform.ledger.CheckLedger;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The acceptance test of checkout's holds (ADR 0013): 200 employees check out at once the last 100 units of an offer,
 * each with a card part. Exactly 100 orders are placed and, once authorised, paid: the stock ends at 0, nothing held,
 * no grant below zero, the ledger consistent, and the card amounts captured equal the card parts of the paid orders.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentCheckoutTest implements TestPropertyProvider {

    private static final int EMPLOYEES = 200;
    private static final int UNITS = 100;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-15T10:00:00Z"));

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    CheckoutTestKit checkouts;
    @Inject
    FakeCardPayments gateway;
    @Inject
    CheckLedger ledger;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get()
                .micronautProperties("platform_checkout_concurrency"));
        properties.put("platform.security.rate-limit.requests-per-minute", "100000");
        properties.put("test.card-payments", "fake");
        properties.put("datasources.default.maximum-pool-size", "20");
        // 200 requests at once queue behind the database's pool: the test client waits for them all.
        properties.put("micronaut.http.client.read-timeout", "300s");
        return properties;
    }

    @Test
    void two_hundred_employees_checking_out_the_last_hundred_units_at_once_buy_exactly_a_hundred() throws Exception {
        Employer acme = allowances.employer("Ruée SA");
        allowances.fund(acme, 1_000_000);
        List<Employee> employees = new ArrayList<>();
        for (int i = 0; i < EMPLOYEES; i++) {
            employees.add(checkouts.employee(acme));
        }
        checkouts.giftCheque(acme, "Cadeau de la ruée", 500, LocalDate.of(2026, 6, 15),
                employees.stream().map(Employee::id).toList());
        OfferAdminView concert = checkouts.offer("Concert très demandé", "MUSIC", "E_TICKET", 900, UNITS);

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (Employee employee : employees) {
            Callable<Answer> checkout = () -> {
                go.await();
                return checkouts.checkout(employee, newKey(), cart(concert, 1));
            };
            answers.add(pool.submit(checkout));
        }
        go.countDown();
        List<CheckoutAnswer> placed = new ArrayList<>();
        int refused = 0;
        for (Future<Answer> future : answers) {
            Answer answer = future.get(3, TimeUnit.MINUTES);
            if (answer.status() == 202) {
                placed.add(kit.read(answer, CheckoutAnswer.class));
            } else {
                assertThat(answer.status()).as(answer.body()).isEqualTo(409);
                assertThat(kit.problem(answer).code()).isIn("cart.sold-out", "cart.quantity-above-stock");
                refused++;
            }
        }
        pool.shutdown();

        assertThat(placed).hasSize(UNITS);
        assertThat(refused).isEqualTo(EMPLOYEES - UNITS);
        assertThat(checkouts.stock(concert.id())).containsEntry("count", (long) UNITS)
                .containsEntry("held", (long) UNITS);
        for (CheckoutAnswer answer : placed) {
            checkouts.authorise(gateway.intentOf(answer.paymentUrl()).id(), answer.orderId());
        }

        assertThat(checkouts.stock(concert.id())).containsEntry("count", 0L).containsEntry("held", 0L);
        assertThat(checkouts.number("SELECT COUNT(*) FROM customer_order o JOIN order_line l ON l.order_id = o.id "
                + "WHERE l.offer_id = ? AND o.status = 'PAID'", concert.id())).isEqualTo(UNITS);
        assertThat(allowances.negativeBalances()).isZero();
        assertThat(ledger.check().problems()).isEmpty();
        long paidCardParts = checkouts.number("SELECT COALESCE(SUM(o.card_cents), 0) FROM customer_order o "
                + "JOIN order_line l ON l.order_id = o.id WHERE l.offer_id = ? AND o.status = 'PAID'", concert.id());
        assertThat(paidCardParts).isEqualTo(UNITS * 400L);
        assertThat(gateway.capturedAmount()).isEqualTo(Money.ofCents(paidCardParts));
        long spent = employees.stream().filter(employee -> checkouts.grantBalance(employee.id()) == 0).count();
        long untouched = employees.stream().filter(employee -> checkouts.grantBalance(employee.id()) == 500).count();
        assertThat(spent).isEqualTo(UNITS);
        assertThat(untouched).isEqualTo(EMPLOYEES - UNITS);
    }
}
