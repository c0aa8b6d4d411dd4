package org.openbenefits.platform.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.checkout.CheckoutAnswer;
import org.openbenefits.contract.api.checkout.CheckoutApiClient;
import org.openbenefits.contract.api.checkout.PaymentRestart;
import org.openbenefits.contract.api.checkout.PaymentRestartRequest;
import org.openbenefits.contract.api.order.OrderApiClient;
import org.openbenefits.contract.api.order.OrderDetail;
import org.openbenefits.contract.api.order.OrderSummary;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.BearerTokenForClients;
import org.openbenefits.platform.checkout.CheckoutTestKit.Employee;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;
import org.openbenefits.testkit.embedded.FreePorts;

/**
 * The checkout and order clients of the contract, as the employee portal will use them, against the running server:
 * every method once, with the employee's token passed on ({@link BearerTokenForClients}).
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutClientsTest implements TestPropertyProvider {

    private final int port = FreePorts.next();

    @Inject
    AllowanceTestKit allowances;
    @Inject
    CheckoutTestKit checkouts;
    @Inject
    BearerTokenForClients bearer;
    @Inject
    CheckoutApiClient checkoutClient;
    @Inject
    OrderApiClient orderClient;
    @Inject
    FakeCardPayments gateway;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_checkout_clients"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("micronaut.http.services.platform-api.url", "http://127.0.0.1:" + port);
        properties.put("test.card-payments", "fake");
        return properties;
    }

    @Test
    void an_employee_checks_out_pays_again_after_a_declined_card_and_reads_the_order_through_the_clients() {
        Employer acme = allowances.employer("Clients Commandes SA");
        allowances.fund(acme, 100_000);
        Employee employee = checkouts.employee(acme);
        checkouts.giftCheque(acme, "Cadeau client", 1_000, LocalDate.now(), List.of(employee.id()));
        OfferAdminView offer = checkouts.offer("Opéra par client", "SHOWS", "E_TICKET", 3_000, 5);
        bearer.use(null);
        bearer.use(employee.token());

        HttpResponse<CheckoutAnswer> answer = checkoutClient.checkout(CheckoutTestKit.newKey(),
                CheckoutTestKit.cart(offer, 1));

        assertThat(answer.code()).isEqualTo(202);
        CheckoutAnswer placed = answer.body();
        assertThat(placed.cardCents()).isEqualTo(2_000);
        checkouts.decline(gateway.intentOf(placed.paymentUrl()).id(), placed.orderId());
        PaymentRestart restart = checkoutClient.restartPayment(placed.orderId(),
                new PaymentRestartRequest(CheckoutTestKit.RETURN_TO));
        assertThat(restart.attemptsLeft()).isEqualTo(2);
        assertThat(orderClient.orders(0, 10).items()).extracting(OrderSummary::number)
                .containsExactly(placed.number());
        OrderDetail order = orderClient.order(placed.orderId());
        assertThat(order.paymentUrl()).isEqualTo(restart.paymentUrl());
        assertThat(order.attemptsLeft()).isEqualTo(2);
    }
}
