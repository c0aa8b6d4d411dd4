package org.openbenefits.portal.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.checkout.CheckoutAnswer;
import org.openbenefits.contract.api.checkout.CheckoutApiClient;
import org.openbenefits.contract.api.checkout.CheckoutRequest;
import org.openbenefits.contract.api.checkout.PaymentRestart;
import org.openbenefits.contract.api.checkout.PaymentRestartRequest;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.order.OrderDetail;
import org.openbenefits.contract.api.order.OrderLineView;
import org.openbenefits.contract.api.order.OrderPage;
import org.openbenefits.contract.api.order.OrderShipping;
import org.openbenefits.contract.api.order.OrderSummary;
import org.openbenefits.contract.api.order.PaidPart;
import org.openbenefits.domain.payment.CheckoutRefusal;
import org.openbenefits.domain.payment.PaymentRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.session.AccessTokenVerifier;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * platform-api's orders and checkout of the signed-in employee ({@code /api/v1/me/orders}, {@code /api/v1/me/checkout}),
 * faked on the portal's own server beside {@link FakePlatformApi}: the same paths and JSON shapes (the contract's
 * records), 404 resource.not-found for an order that is not Camille's ({@link #ANOTHER_EMPLOYEES_ORDER}), the restart
 * of a card payment with the real refusals (paid, page open, attempts exhausted, expired), the invoice PDF of a paid
 * order, and a checkout that answers what a test sets ({@link #payAtOnce()}, {@link #awaitTheCard()},
 * {@link #refuseTheCheckout}), the same answer again for the same idempotency key. It remembers what the portal sent.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Singleton
public class FakeOrders {

    /** Order line ids, unique across the fake's orders as the API's are: first, for the static orders that take them. */
    private static final AtomicLong LINE_IDS = new AtomicLong();


    /** The gateway's payment pages, as platform-api's simulator serves them. */
    public static final String GATEWAY = "http://127.0.0.1:8080/paiement/simulateur/";
    public static final String INVOICE_FILE = "facture-F-2026-000101.pdf";
    public static final byte[] INVOICE = "%PDF-1.7\n% facture de test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** An order of another employee: platform-api answers 404 for it, as for an order that does not exist. */
    public static final long ANOTHER_EMPLOYEES_ORDER = 999;

    private static final ProfileAddress LYON = new ProfileAddress("12 rue des Lilas", "Bâtiment B", "69003", "Lyon", "FR");
    private static final String EMAIL = FakePlatformApi.WORK_EMAIL;

    /**
     * Paid on 03/12/2026, shipped in part: a cinema e-ticket sent (subvention 5,00 €, chèque culture 5,00 €, carte
     * 2,00 €) and a park ticket by post shipped, with a 4,90 € shipping fee paid by the subsidy.
     */
    public static final OrderDetail PAID = new OrderDetail(101, "C-2026-000101", Instant.parse("2026-12-03T09:15:00Z"),
            Instant.parse("2026-12-03T09:17:00Z"), "IN_PROGRESS", "PAID",
            List.of(line(1, "Cinéma Pathé : e-billet 2D", "CINEMA", "E_TICKET", 1, 1_200, 0, "SENT",
                            List.of(part("SUBSIDY", 500), part("CULTURE_CHEQUE", 500)), 200),
                    line(5, "Parc Astérix : billet journée", "PARKS", "POSTAL", 1, 4_900, 0, "SHIPPED",
                            List.of(part("SUBSIDY", 4_900)), 0)),
            new OrderShipping(490, List.of(part("SUBSIDY", 490)), 0), 6_100, 0, 6_590, 6_390, 200, EMAIL, LYON,
            LocalDate.of(2026, 12, 10), 0, null, null, "VISA", "4242", null);
    /** Awaiting the card: its payment page is open. */
    public static final OrderDetail AWAITED = pending(102, "C-2026-000102", 3, GATEWAY + "page-102");
    /** Awaiting the card after a declined one: two attempts left, no page open. */
    public static final OrderDetail FAILED = pending(103, "C-2026-000103", 2, null);
    /** Refused after three declined cards. */
    public static final OrderDetail REFUSED = ended(104, "C-2026-000104", "REFUSED",
            PaymentRefusal.ATTEMPTS_EXHAUSTED.code());
    /** Not paid before its hold time ran out. */
    public static final OrderDetail EXPIRED = ended(105, "C-2026-000105", "EXPIRED", CheckoutRefusal.ORDER_EXPIRED.code());
    /** Paid by allowances alone, with an advantage code's discount; one line being prepared, one delivered, one cancelled. */
    public static final OrderDetail PAID_WITH_DISCOUNT = new OrderDetail(106, "C-2026-000106",
            Instant.parse("2026-11-20T15:00:00Z"), Instant.parse("2026-11-20T15:00:01Z"), "IN_PROGRESS", "PAID",
            List.of(line(4, "Carte cadeau Librairies indépendantes", "GIFTCARDS", "E_GIFT_CARD", 1, 4_500, 500,
                            "DELIVERED", List.of(part("GIFT_CHEQUE", 4_000)), 0),
                    line(3, "Théâtre du Rond-Point : soirée spectacle", "SHOWS", "POSTAL", 2, 1_500, 0, "PREPARING",
                            List.of(part("SUBSIDY", 3_000)), 0),
                    line(2, "Musée d’Orsay : entrée plein tarif", "MUSEUMS", "E_TICKET", 1, 1_600, 0, "CANCELLED",
                            List.of(part("CULTURE_CHEQUE", 1_600)), 0)),
            null, 9_100, 500, 8_600, 8_600, 0, EMAIL, LYON, LocalDate.of(2026, 11, 27), 0, null, null, null, null,
            null);

    public static final List<OrderDetail> DEFAULT_ORDERS = List.of(PAID, AWAITED, FAILED, REFUSED, EXPIRED,
            PAID_WITH_DISCOUNT);

    /** What the checkout answers next. */
    private sealed interface Next {
    }

    private record Paid() implements Next {
    }

    private record Awaiting() implements Next {
    }

    private record Refused(ProblemDetail problem) implements Next {
    }

    /** A checkout the portal sent: its idempotency key and its request. */
    public record Sent(String idempotencyKey, CheckoutRequest request) {
    }

    private final AccessTokenVerifier tokens;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Sent> checkouts = new CopyOnWriteArrayList<>();
    private final List<String> returnTos = new CopyOnWriteArrayList<>();
    private final Map<String, HttpResponse<?>> answered = new ConcurrentHashMap<>();
    private volatile List<OrderDetail> orders;
    private volatile Next next;
    private volatile boolean invoiceNamesItsFile;

    FakeOrders(AccessTokenVerifier tokens) {
        this.tokens = tokens;
        reset();
    }

    public void reset() {
        orders = DEFAULT_ORDERS;
        calls.clear();
        checkouts.clear();
        returnTos.clear();
        answered.clear();
        next = new Awaiting();
        invoiceNamesItsFile = true;
    }

    /** Answers with these orders only (none for an employee who never ordered). */
    public void give(List<OrderDetail> orders) {
        this.orders = List.copyOf(orders);
    }

    /** {@code count} paid orders, one a day from 01/11/2026, numbered C-2026-000001 onwards. */
    public static List<OrderDetail> many(int count) {
        List<OrderDetail> many = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            many.add(new OrderDetail(i, "C-2026-%06d".formatted(i), Instant.parse("2026-11-01T10:00:00Z")
                    .plusSeconds(86_400L * (i - 1)), null, "PAID", "PAID", PAID.lines(), null, 1_000L * i, 0,
                    1_000L * i, 1_000L * i, 0, EMAIL, null, null, 0, null, null, null, null, null));
        }
        return many;
    }

    /** The next checkouts are paid at once by the allowances (201), as order {@link #PAID}. */
    public void payAtOnce() {
        next = new Paid();
    }

    /** The next checkouts await the card at the gateway's page (202); the default. */
    public void awaitTheCard() {
        next = new Awaiting();
    }

    /** The next checkouts are refused with this problem. */
    public void refuseTheCheckout(ProblemDetail problem) {
        next = new Refused(problem);
    }

    /** Answers the next invoices without Content-Disposition. */
    public void invoiceWithoutFileName() {
        invoiceNamesItsFile = false;
    }

    /** Every call the portal made ("GET /orders?page=0&size=20"...), oldest first. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** Every checkout the portal sent, oldest first. */
    public List<Sent> checkouts() {
        return List.copyOf(checkouts);
    }

    /** The return address of every payment restart the portal asked, oldest first. */
    public List<String> returnTos() {
        return List.copyOf(returnTos);
    }

    @Get("/orders")
    HttpResponse<?> list(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                         @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        calls.add("GET /orders?page=" + page + "&size=" + size);
        if (!signedIn(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        List<OrderSummary> all = orders.stream()
                .sorted(Comparator.comparing(OrderDetail::createdAt).thenComparing(OrderDetail::id).reversed())
                .map(o -> new OrderSummary(o.id(), o.number(), o.createdAt(), o.status(), o.totalCents())).toList();
        int from = Math.min(all.size(), page * size);
        return HttpResponse.ok(new OrderPage(all.subList(from, Math.min(all.size(), from + size)), page, size,
                all.size()));
    }

    @Get("/orders/{id}")
    HttpResponse<?> order(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization, @PathVariable long id) {
        calls.add("GET /orders/" + id);
        if (!signedIn(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        OrderDetail order = find(id);
        return order == null ? FakeProblems.respond(GeneralRefusal.NOT_FOUND) : HttpResponse.ok(order);
    }

    @Post("/orders/{id}/payment")
    HttpResponse<?> restart(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization, @PathVariable long id,
                            @Body PaymentRestartRequest request) {
        calls.add("POST /orders/" + id + "/payment");
        if (!signedIn(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        returnTos.add(request.returnTo());
        OrderDetail order = find(id);
        if (order == null) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        return switch (order.paymentStatus()) {
            case "PAID" -> FakeProblems.respond(PaymentRefusal.ORDER_ALREADY_PAID, "order", order.number());
            case "EXPIRED" -> FakeProblems.respond(CheckoutRefusal.ORDER_EXPIRED, "order", order.number());
            case "REFUSED" -> FakeProblems.respond(PaymentRefusal.ATTEMPTS_EXHAUSTED, "order", order.number(),
                    "limit", 3);
            default -> order.paymentUrl() != null
                    ? FakeProblems.respond(PaymentRefusal.ATTEMPT_IN_PROGRESS, "order", order.number())
                    : HttpResponse.ok(new PaymentRestart(id, order.number(), GATEWAY + "restart-" + id,
                    order.attemptsLeft()));
        };
    }

    @Get(value = "/orders/{id}/invoice", produces = {"application/pdf", "application/problem+json"})
    HttpResponse<?> invoice(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization, @PathVariable long id) {
        calls.add("GET /orders/" + id + "/invoice");
        if (!signedIn(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        OrderDetail order = find(id);
        if (order == null || !"PAID".equals(order.paymentStatus())) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        var answer = HttpResponse.ok(INVOICE).contentType("application/pdf")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        return invoiceNamesItsFile
                ? answer.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + INVOICE_FILE + "\"")
                : answer;
    }

    @Post("/checkout")
    HttpResponse<?> checkout(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                             @Header(CheckoutApiClient.IDEMPOTENCY_KEY) @Nullable String key,
                             @Body CheckoutRequest request) {
        calls.add("POST /checkout");
        if (!signedIn(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        checkouts.add(new Sent(key, request));
        if (key == null || key.length() < 8) {
            return FakeProblems.respond(GeneralRefusal.INVALID_REQUEST);
        }
        HttpResponse<?> before = answered.get(key);
        if (before != null) {
            return before;
        }
        long total = request.items().stream().mapToLong(item -> item.unitPriceCents() * item.quantity()).sum();
        HttpResponse<?> answer = switch (next) {
            case Paid paid -> HttpResponse.status(HttpStatus.CREATED)
                    .body(new CheckoutAnswer(PAID.id(), PAID.number(), "PAID", total, total, 0, null, null));
            case Awaiting awaiting -> HttpResponse.status(HttpStatus.ACCEPTED)
                    .body(new CheckoutAnswer(108, "C-2026-000108", "PENDING_PAYMENT", total, 0, total,
                            GATEWAY + "page-108", "2026-12-03T10:30:00Z"));
            case Refused refused -> FakeProblems.response(refused.problem());
        };
        answered.put(key, answer);
        return answer;
    }

    private @Nullable OrderDetail find(long id) {
        return orders.stream().filter(order -> order.id() == id).findFirst().orElse(null);
    }

    private boolean signedIn(@Nullable String authorization) {
        return authorization != null && authorization.startsWith("Bearer ")
                && tokens.verify(authorization.substring("Bearer ".length())).isPresent();
    }

    private static OrderLineView line(long offerId, String title, String category, String delivery, int quantity,
                                      long unitPriceCents, long discountCents, String state, List<PaidPart> parts,
                                      long cardCents) {
        long gross = unitPriceCents * quantity;
        return new OrderLineView(LINE_IDS.incrementAndGet(), offerId, title, category, delivery, quantity,
                unitPriceCents, gross, discountCents, gross - discountCents, state, parts, cardCents);
    }

    private static PaidPart part(String kind, long cents) {
        return new PaidPart(kind, "Campagne " + kind, cents);
    }

    private static OrderDetail pending(long id, String number, int attemptsLeft, @Nullable String paymentUrl) {
        return new OrderDetail(id, number, Instant.parse("2026-12-03T10:00:00Z").plusSeconds(id), null,
                "PENDING_PAYMENT", "PENDING_PAYMENT",
                List.of(line(1, "Cinéma Pathé : e-billet 2D", "CINEMA", "E_TICKET", 2, 850, 0, "PAID",
                        List.of(part("SUBSIDY", 1_000)), 700)),
                null, 1_700, 0, 1_700, 1_000, 700, EMAIL, null, null, attemptsLeft, paymentUrl,
                Instant.parse("2026-12-03T10:15:00Z").plusSeconds(id), null, null, null);
    }

    private static OrderDetail ended(long id, String number, String status, String endCode) {
        return new OrderDetail(id, number, Instant.parse("2026-11-28T08:00:00Z").plusSeconds(id), null, status,
                status, List.of(line(1, "Cinéma Pathé : e-billet 2D", "CINEMA", "E_TICKET", 1, 850, 0, "PAID",
                List.of(), 850)), null, 850, 0, 850, 0, 850, EMAIL, null, null, 0, null, null, null, null, endCode);
    }
}
