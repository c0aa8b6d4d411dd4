package org.openbenefits.platform.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpRequest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.contract.api.checkout.CheckoutItem;
import org.openbenefits.contract.api.checkout.CheckoutRequest;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.domain.payment.CardToken;
import org.openbenefits.domain.payment.DeclineReason;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.payment.StoredCard;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.payment.CardPaymentSettled;

/** What the checkout tests share: employees with allowances, offers with stock, checkouts, and the gateway's outcomes. */
@Singleton
public class CheckoutTestKit {

    /** The employee portal's page the payment page returns to (the portal URL of the test configuration). */
    public static final String RETURN_TO = "http://127.0.0.1:8081/commandes/retour";

    /** An employee signed in. */
    public record Employee(UserAccountRow account, String token) {

        public long id() {
            return account.id();
        }
    }

    private final IdentityTestKit kit;
    private final AllowanceTestKit allowances;
    private final Jdbc jdbc;
    private final ApplicationEventPublisher<CardPaymentSettled> events;
    private final TransactionOperations<Connection> transactions;

    CheckoutTestKit(IdentityTestKit kit, AllowanceTestKit allowances, Jdbc jdbc,
                    ApplicationEventPublisher<CardPaymentSettled> events, TransactionOperations<Connection> transactions) {
        this.kit = kit;
        this.allowances = allowances;
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    public Employee employee(Employer employer) {
        UserAccountRow account = kit.employeeWithProfile(employer.id());
        return new Employee(account, kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken());
    }

    public Employee signedInAgain(Employee employee) {
        return new Employee(employee.account(), kit.signIn(employee.account().email(), IdentityTestKit.GOOD_PASSWORD)
                .accessToken());
    }

    /** A gift cheque valid on any category for these employees. */
    public void giftCheque(Employer employer, String name, long cents, LocalDate from, List<Long> employees) {
        allowances.confirmed(employer, new CampaignRequest("GIFT_CHEQUE", name, cents, false, from,
                from.plusMonths(6), List.of("*"), null, null, "LIST", null, employees));
    }

    public OfferAdminView offer(String title, String category, String delivery, long price, long stock) {
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

    /** An offer whose stock is these e-ticket codes. */
    public OfferAdminView offerWithCodes(String title, long price, String... codes) {
        OfferAdminView offer = offer(title, "CINEMA", "E_TICKET", price, 0);
        Answer uploaded = kit.call(HttpRequest.POST("/api/v1/platform/offers/" + offer.id() + "/codes",
                String.join("\n", codes) + "\n").contentType("text/csv").bearerAuth(allowances.adminToken()));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        return offer;
    }

    /** How many of the offer's codes are free, held by an order, and issued. */
    public Map<String, Long> codes(long offerId) {
        return jdbc.one("""
                SELECT SUM(CASE WHEN NOT issued AND held_by_order IS NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN NOT issued AND held_by_order IS NOT NULL THEN 1 ELSE 0 END),
                       SUM(CASE WHEN issued THEN 1 ELSE 0 END)
                FROM offer_stock_code WHERE offer_id = ?""",
                row -> Map.of("free", row.getLong(1), "held", row.getLong(2), "issued", row.getLong(3)), offerId)
                .orElseThrow();
    }

    public static CheckoutRequest cart(OfferAdminView offer, int quantity) {
        return new CheckoutRequest(List.of(new CheckoutItem(offer.id(), quantity, offer.employeePriceCents())), null,
                "livraison@example.fr", null, RETURN_TO);
    }

    public static CheckoutRequest posted(OfferAdminView offer, int quantity) {
        return new CheckoutRequest(List.of(new CheckoutItem(offer.id(), quantity, offer.employeePriceCents())), null,
                "livraison@example.fr", new ProfileAddress("12 rue des Lilas", null, "69003", "Lyon", null),
                RETURN_TO);
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    public Answer checkout(Employee employee, String key, CheckoutRequest request) {
        return kit.call(HttpRequest.POST("/api/v1/me/checkout", request).header("Idempotency-Key", key)
                .bearerAuth(employee.token()));
    }

    public Answer get(Employee employee, String uri) {
        return kit.call(HttpRequest.GET(uri).bearerAuth(employee.token()));
    }

    /** The gateway authorises the intent, as its verified notification would say, in a transaction. */
    public void authorise(PaymentIntentId intent, long orderId) {
        publish(new CardPaymentSettled.Authorised(intent, orderId,
                new StoredCard(new CardToken("tok_" + intent.value()), CardBrand.VISA, "4242")));
    }

    public void decline(PaymentIntentId intent, long orderId) {
        publish(new CardPaymentSettled.Failed(intent, orderId, DeclineReason.CARD_DECLINED));
    }

    private void publish(CardPaymentSettled settled) {
        transactions.executeWrite(status -> {
            events.publishEvent(settled);
            return null;
        });
    }

    /** What the employee's grants hold together now. */
    public long grantBalance(long employeeId) {
        return jdbc.number("""
                SELECT COALESCE(SUM(a.balance_cents), 0) FROM ledger_account a
                JOIN allowance_grant g ON a.owner_id = g.id AND a.type = 'GRANT' AND a.employer_id = g.employer_id
                WHERE g.employee_id = ?""", employeeId);
    }

    /** The offer's counted stock: units not yet sold, and of them units held. */
    public Map<String, Long> stock(long offerId) {
        return jdbc.one("SELECT stock_count, stock_held FROM offer WHERE id = ?",
                row -> Map.of("count", row.getLong(1), "held", row.getLong(2)), offerId).orElseThrow();
    }

    public long orders(long employeeId) {
        return jdbc.number("SELECT COUNT(*) FROM customer_order WHERE employee_id = ?", employeeId);
    }

    public long number(String sql, Object... parameters) {
        return jdbc.number(sql, parameters);
    }
}
