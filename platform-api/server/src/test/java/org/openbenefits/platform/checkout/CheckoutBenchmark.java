package org.openbenefits.platform.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.apicontract.ContractChecks;
import org.openbenefits.platform.apicontract.Exchange;
import org.openbenefits.platform.ledger.CheckLedger;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Not a test: checkouts at 16 concurrent clients through the API (HTTP on loopback, the embedded MariaDB), against, in
 * the same run and on the same database, the bare SQL transaction of a checkout over JDBC (lock the grant's account
 * and the offer's stock, debit, insert the order, its line, the grant's part, the ledger movement and its entries, and
 * the outbox row), printed as a ratio. Two scenarios: spread (each client buys its own offer) and hot offer (all buy
 * the same one, whose stock ends at exactly zero). Each order is paid by a gift cheque in full, so a checkout is the
 * platform's whole path without the card: idempotency record, quote, holds, payment, answer.
 * Run it with {@code ./mvnw test -pl platform-api/server -am -Dtest=CheckoutBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.checkout=true}; it prints lines starting with {@code [benchmark]}.
 */
@NeedsInfrastructure
@EnabledIfSystemProperty(named = "benchmark.checkout", matches = "true")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutBenchmark implements TestPropertyProvider {

    private static final int CLIENTS = 16;
    private static final int EMPLOYEES_PER_CLIENT = 4;
    private static final int WARM_UP_PER_CLIENT = 15;
    private static final int CHECKOUTS_PER_CLIENT = Integer.getInteger("benchmark.checkout.per-client", 60);
    private static final long PRICE_CENTS = 1_000;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;
    @Inject
    CheckLedger checkLedger;

    private final AtomicLong bareRetries = new AtomicLong();
    private final Map<Long, Long> grantIds = new HashMap<>();
    private final Map<Long, Long> grantAccounts = new HashMap<>();
    private final java.util.Queue<Exchange> exchanges = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Employer employer;
    private List<UserAccountRow> employees;
    private List<String> tokens;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_checkout_benchmark"));
        properties.put("platform.security.rate-limit.requests-per-minute", "1000000");
        return properties;
    }

    /** Throughput and latencies of one run. */
    private record Figures(int done, double seconds, long p50Micros, long p99Micros) {

        double perSecond() {
            return done / seconds;
        }

        @Override
        public String toString() {
            return "%d checkouts in %.2f s: %.1f/s, p50 %.1f ms, p99 %.1f ms".formatted(done, seconds, perSecond(),
                    p50Micros / 1000.0, p99Micros / 1000.0);
        }
    }

    @Test
    void checkouts_through_the_api_against_the_bare_sql_transaction() throws Exception {
        employer = allowances.employer("Checkout Benchmark SA");
        allowances.fund(employer, 5_000_000_00L);
        employees = new ArrayList<>();
        tokens = new ArrayList<>();
        for (int i = 0; i < CLIENTS * EMPLOYEES_PER_CLIENT; i++) {
            UserAccountRow employee = kit.employeeWithProfile(employer.id());
            employees.add(employee);
            tokens.add(kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD).accessToken());
        }
        allowances.confirmed(employer, new CampaignRequest("GIFT_CHEQUE", "Benchmark", 1_000_000, false, TODAY,
                TODAY.plusMonths(3), List.of("*"), null, null, "LIST", null,
                employees.stream().map(UserAccountRow::id).toList()));
        try (Connection connection = bare().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT g.employee_id, g.id, a.id FROM allowance_grant g
                     JOIN ledger_account a ON a.employer_id = g.employer_id AND a.type = 'GRANT' AND a.owner_id = g.id
                     WHERE g.employer_id = """ + employer.id())) {
            while (rows.next()) {
                grantIds.put(rows.getLong(1), rows.getLong(2));
                grantAccounts.put(rows.getLong(1), rows.getLong(3));
            }
        }
        int perScenario = CLIENTS * (WARM_UP_PER_CLIENT + CHECKOUTS_PER_CLIENT);
        List<OfferAdminView> spreadOffers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            spreadOffers.add(offer("Benchmark spread " + i, perScenario));
        }
        OfferAdminView hot = offer("Benchmark hot", perScenario);
        List<OfferAdminView> bareSpreadOffers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            bareSpreadOffers.add(offer("Benchmark bare spread " + i, perScenario));
        }
        OfferAdminView bareHot = offer("Benchmark bare hot", perScenario);

        System.out.printf("[benchmark] checkout: %d clients, %d checkouts each after %d of warm-up, %d employees, "
                        + "%d available processors%n", CLIENTS, CHECKOUTS_PER_CLIENT, WARM_UP_PER_CLIENT,
                employees.size(), Runtime.getRuntime().availableProcessors());

        Figures spreadBare = run(client -> bareCheckout(client, bareSpreadOffers.get(client).id()));
        Figures spreadApi = run(client -> apiCheckout(client, spreadOffers.get(client).id()));
        Figures hotBare = run(client -> bareCheckout(client, bareHot.id()));
        Figures hotApi = run(client -> apiCheckout(client, hot.id()));

        exchanges.forEach(ContractChecks.platformApi()::check);
        report("spread", spreadApi, spreadBare);
        report("hot offer", hotApi, hotBare);

        long hotLeft = number("SELECT stock_count - stock_held FROM offer WHERE id = " + hot.id());
        long hotSold = number("SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l JOIN customer_order o "
                + "ON o.id = l.order_id WHERE o.status = 'PAID' AND l.offer_id = " + hot.id());
        long negative = number("SELECT COUNT(*) FROM ledger_account WHERE balance_cents < 0 "
                + "AND type <> 'EXTERNAL_FUNDING'");
        System.out.printf("[benchmark] bare SQL transactions retried after a deadlock: %d%n", bareRetries.get());
        System.out.printf("[benchmark] hot offer: %d units, %d sold, %d left, %d negative balances; ledger check: %s%n",
                perScenario, hotSold, hotLeft, negative, checkLedger.check().consistent() ? "clean" : "NOT CLEAN");
        assertThat(hotSold).isEqualTo(perScenario);
        assertThat(hotLeft).isZero();
        assertThat(negative).isZero();
    }

    private void report(String scenario, Figures api, Figures bare) {
        System.out.printf("[benchmark] %s, API: %s%n", scenario, api);
        System.out.printf("[benchmark] %s, bare SQL over JDBC: %s%n", scenario, bare);
        System.out.printf("[benchmark] %s: API throughput is %.0f%% of the bare SQL transaction's%n", scenario,
                100 * api.perSecond() / bare.perSecond());
    }

    private OfferAdminView offer(String title, long stock) {
        Answer answer = kit.postAs(allowances.adminToken(), "/api/v1/platform/offers", new OfferRequest(title,
                "Une place.", "CINEMA", "E_TICKET", 1_200, PRICE_CENTS, "", "1 an", 10, List.of()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        OfferAdminView offer = kit.read(answer, OfferAdminView.class);
        kit.postAs(allowances.adminToken(), "/api/v1/platform/offers/" + offer.id() + "/publication", "");
        kit.call(io.micronaut.http.HttpRequest.PUT("/api/v1/platform/offers/" + offer.id() + "/stock",
                new StockRequest(stock)).bearerAuth(allowances.adminToken()));
        return offer;
    }

    /** One checkout of one unit by the client's next employee; true when paid. */
    private interface Checkout {
        void once(int client, int index) throws Exception;
    }

    private Figures run(IntFunction<Checkout> perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            AtomicLong started = new AtomicLong();
            java.util.concurrent.CyclicBarrier warm = new java.util.concurrent.CyclicBarrier(CLIENTS,
                    () -> started.set(System.nanoTime()));
            for (int client = 0; client < CLIENTS; client++) {
                int c = client;
                Checkout checkout = perClient.apply(client);
                results.add(pool.submit(() -> {
                    for (int i = 0; i < WARM_UP_PER_CLIENT; i++) {
                        checkout.once(c, i);
                    }
                    warm.await();
                    long[] latencies = new long[CHECKOUTS_PER_CLIENT];
                    for (int i = 0; i < CHECKOUTS_PER_CLIENT; i++) {
                        long start = System.nanoTime();
                        checkout.once(c, WARM_UP_PER_CLIENT + i);
                        latencies[i] = (System.nanoTime() - start) / 1_000;
                    }
                    return latencies;
                }));
            }
            long[] all = new long[CLIENTS * CHECKOUTS_PER_CLIENT];
            int at = 0;
            for (Future<long[]> result : results) {
                long[] latencies = result.get();
                System.arraycopy(latencies, 0, all, at, latencies.length);
                at += latencies.length;
            }
            double seconds = (System.nanoTime() - started.get()) / 1e9;
            Arrays.sort(all);
            return new Figures(all.length, seconds, all[all.length / 2], all[(int) Math.ceil(all.length * 0.99) - 1]);
        } finally {
            pool.shutdownNow();
        }
    }

    private Checkout apiCheckout(int client, long offerId) {
        return (c, index) -> {
            int employee = c * EMPLOYEES_PER_CLIENT + index % EMPLOYEES_PER_CLIENT;
            String body = """
                    {"items":[{"offerId":%d,"quantity":1,"unitPriceCents":%d}],"deliveryEmail":"%s",\
                    "returnTo":"%s"}""".formatted(offerId, PRICE_CENTS, employees.get(employee).email(),
                    returnTo());
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.getPort() + "/api/v1/me/checkout"))
                    .header("Authorization", "Bearer " + tokens.get(employee))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            // Checked against the document after the run, out of the time measured.
            exchanges.add(new Exchange("POST", request.uri(), request.headers().map(),
                    body.getBytes(StandardCharsets.UTF_8), response.statusCode(), response.headers().map(),
                    response.body().getBytes(StandardCharsets.UTF_8)));
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Checkout answered " + response.statusCode() + ": " + response.body());
            }
        };
    }

    private String returnTo() {
        return "http://127.0.0.1:8081/commandes";
    }

    /**
     * The bare SQL of a checkout paid by one grant, over JDBC in one transaction: what the platform's checkout cannot
     * do with less.
     */
    private Checkout bareCheckout(int client, long offerId) {
        return (c, index) -> {
            UserAccountRow employee = employees.get(c * EMPLOYEES_PER_CLIENT + index % EMPLOYEES_PER_CLIENT);
            // Retried on a deadlock, as the platform's checkout is (the same three tries).
            for (int attempt = 1; ; attempt++) {
                try (Connection connection = bare().getConnection()) {
                    connection.setAutoCommit(false);
                    try {
                        bareTransaction(connection, employee, offerId);
                        connection.commit();
                        return;
                    } catch (SQLException | RuntimeException e) {
                        connection.rollback();
                        if (!(e instanceof java.sql.SQLTransactionRollbackException) || attempt == 3) {
                            throw e;
                        }
                        bareRetries.incrementAndGet();
                    }
                }
            }
        };
    }

    private void bareTransaction(Connection connection, UserAccountRow employee, long offerId) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        long grantId = grantIds.get(employee.id());
        long grantAccount = grantAccounts.get(employee.id());
        // As the ledger does: the grant's account locked by its id, its balance checked.
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT balance_cents FROM ledger_account WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, grantAccount);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                if (row.getLong(1) < PRICE_CENTS) {
                    throw new IllegalStateException("Benchmark grant spent");
                }
            }
        }
        try (PreparedStatement stock = connection.prepareStatement(
                "UPDATE offer SET stock_count = stock_count - 1 WHERE id = ? AND stock_count - stock_held >= 1")) {
            stock.setLong(1, offerId);
            if (stock.executeUpdate() != 1) {
                throw new IllegalStateException("Sold out");
            }
        }
        long orderId = insert(connection, """
                INSERT INTO customer_order (employer_id, employee_id, status, gross_cents, discount_cents,
                    shipping_fee_cents, total_cents, allowances_cents, card_cents, shipping_card_cents, delivery_email,
                    hold_expires_at, created_at, paid_at)
                VALUES (?, ?, 'PAID', ?, 0, 0, ?, ?, 0, 0, ?, ?, ?, ?)""", employer.id(), employee.id(), PRICE_CENTS,
                PRICE_CENTS, PRICE_CENTS, employee.email(), now, now, now);
        update(connection, "UPDATE customer_order SET number = ? WHERE id = ?", "BENCH-" + orderId, orderId);
        long lineId = insert(connection, """
                INSERT INTO order_line (order_id, position, offer_id, title, category, delivery, stock_kind, quantity,
                    unit_price_cents, gross_cents, discount_cents, net_cents, card_cents, state)
                VALUES (?, 1, ?, 'Benchmark', 'CINEMA', 'E_TICKET', 'COUNT', 1, ?, ?, 0, ?, 0, 'PAID')""", orderId,
                offerId, PRICE_CENTS, PRICE_CENTS, PRICE_CENTS);
        insert(connection, """
                INSERT INTO order_payment_part (order_id, order_line_id, grant_id, kind, campaign_name, amount_cents)
                VALUES (?, ?, ?, 'GIFT_CHEQUE', 'Benchmark', ?)""", orderId, lineId, grantId, PRICE_CENTS);
        long orderAccount = insert(connection, """
                INSERT INTO ledger_account (employer_id, type, owner_id, balance_cents, created_at)
                VALUES (?, 'ORDER', ?, ?, ?)""", employer.id(), orderId, PRICE_CENTS, now);
        update(connection, "UPDATE ledger_account SET balance_cents = balance_cents - ? WHERE id = ?", PRICE_CENTS,
                grantAccount);
        long movement = insert(connection, """
                INSERT INTO ledger_movement (employer_id, kind, label, created_at, created_by)
                VALUES (?, 'HOLD', 'Benchmark', ?, ?)""", employer.id(), now, employee.id());
        update(connection, "INSERT INTO ledger_entry (movement_id, account_id, amount_cents) VALUES (?, ?, ?), (?, ?, ?)",
                movement, grantAccount, -PRICE_CENTS, movement, orderAccount, PRICE_CENTS);
        update(connection, """
                INSERT INTO outbox_event (event_id, topic, record_key, event_type, event_version, payload, occurred_at)
                VALUES (?, 'benchmark.orders', ?, 'order.paid', 1, ?, ?)""", UUID.randomUUID().toString(),
                "BENCH-" + orderId, "{\"orderId\":" + orderId + "}", now);
    }

    /** The application's pool itself, outside the transaction management that wraps it. */
    private DataSource bare() {
        return DelegatingDataSource.unwrapDataSource(dataSource);
    }

    private static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private long number(String sql) throws SQLException {
        try (Connection connection = bare().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
