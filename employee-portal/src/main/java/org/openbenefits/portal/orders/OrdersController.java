package org.openbenefits.portal.orders;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.checkout.CheckoutApiClient;
import org.openbenefits.contract.api.checkout.PaymentRestart;
import org.openbenefits.contract.api.checkout.PaymentRestartRequest;
import org.openbenefits.contract.api.order.OrderApiClient;
import org.openbenefits.contract.api.order.OrderDetail;
import org.openbenefits.contract.api.order.OrderPage;
import org.openbenefits.domain.payment.PaymentRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portal.PortalPaths;
import org.openbenefits.portal.web.ApiRefusals;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.api.RefusalWording;

/**
 * "Mes commandes" ({@value PortalPaths#ORDERS}), signed-in employees only: the employee's orders, newest first and
 * paged; each order's page with its lines' states, what paid each, shipping, discount, where it goes and where its
 * payment stands; the "Payer par carte" button, which starts a new card payment (platform-api's restart) and sends
 * the browser to the gateway's payment page; and the invoice of a paid order, passed on from platform-api. Another
 * employee's order is the portal's 404 page: platform-api answers 404 for it, never its content.
 */
@Controller(PortalPaths.ORDERS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrdersController {

    static final String LIST = "orders/orders";
    static final String ORDER = "orders/order";
    /** The invoice is the employee's alone: no cache keeps it, the browser's included. */
    static final String INVOICE_CACHING = "private, no-store";
    /** The file name of platform-api's Content-Disposition, if it is a plain one. */
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([A-Za-z0-9][A-Za-z0-9._-]{0,120})\"?");

    private final OrderApiClient orders;
    private final CheckoutApiClient checkout;
    private final OrderInvoiceClient invoices;
    private final ApiProblems problems;
    private final RefusalWording refusals;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;
    private final String publicUrl;

    OrdersController(OrderApiClient orders, CheckoutApiClient checkout, OrderInvoiceClient invoices,
                     ApiProblems problems, RefusalWording refusals, MessageSource messages,
                     HttpLocaleResolver locales, @Value("${portal.public-url}") String publicUrl) {
        this.orders = orders;
        this.checkout = checkout;
        this.invoices = invoices;
        this.problems = problems;
        this.refusals = refusals;
        this.messages = messages;
        this.locales = locales;
        this.publicUrl = publicUrl;
    }

    /**
     * The absolute address of an order's page on this portal, as the payment page sends the browser back to it:
     * {@code portal.public-url} (where people reach the portal) followed by the page's path.
     */
    static String orderPageUrl(String publicUrl, long orderId) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return URI.create(base + OrderView.href(orderId)).toString();
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request, @QueryValue(OrderList.PAGE) @Nullable String page) {
        OrderWording words = words(request);
        OrderList list = OrderList.of(ApiRefusals.found(orders.orders(OrderList.pageIndex(page), OrderList.PAGE_SIZE)),
                words);
        return new ModelAndView<>(LIST, Map.of("orders", list, "catalogue", PortalPaths.CATALOGUE));
    }

    /**
     * Where the gateway's payment page sends the browser back after a checkout (whose order number the portal does not
     * know when it gives this address): the employee's latest order, the one just paid, or the list if there is none.
     */
    @Get(value = "/retour", produces = MediaType.TEXT_HTML)
    HttpResponse<?> back() {
        OrderPage latest = ApiRefusals.found(orders.orders(0, 1));
        return HttpResponse.seeOther(URI.create(latest.items().isEmpty() ? PortalPaths.ORDERS
                : OrderView.href(latest.items().getFirst().id())));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> order(HttpRequest<?> request, @PathVariable long id) {
        return page(request, found(id), null);
    }

    /**
     * "Payer par carte": a new card payment of the pending order, the browser sent to its payment page. A payment
     * page already open is where the browser goes instead; any other refusal comes back on the order's page.
     */
    @Post(value = "/{id}/paiement", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> pay(HttpRequest<?> request, @PathVariable long id) {
        PaymentRestart restart;
        try {
            restart = checkout.restartPayment(id, new PaymentRestartRequest(orderPageUrl(publicUrl, id)));
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (ApiRefusals.refusesTheSession(refusal, problem)) {
                throw refusal;
            }
            if (ApiProblems.is(problem, GeneralRefusal.NOT_FOUND)) {
                throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such order for this employee");
            }
            OrderDetail order = found(id);
            if (ApiProblems.is(problem, PaymentRefusal.ATTEMPT_IN_PROGRESS) && order.paymentUrl() != null) {
                return HttpResponse.seeOther(URI.create(order.paymentUrl()));
            }
            String why = problem.detail() != null ? problem.detail() : problem.title();
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(request, order, why));
        }
        if (restart == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such order for this employee");
        }
        return HttpResponse.seeOther(URI.create(restart.paymentUrl()));
    }

    /**
     * The invoice of a paid order, passed on from platform-api with its file name; no cache keeps it. 404 for an
     * order that is not the employee's or has no invoice.
     */
    @Get(value = "/{id}/facture", produces = {OrderInvoiceClient.PDF, MediaType.TEXT_HTML})
    HttpResponse<byte[]> invoice(@PathVariable long id) {
        HttpResponse<byte[]> invoice;
        try {
            invoice = invoices.invoice(id);
        } catch (HttpClientResponseException refused) {
            if (refused.getStatus() == HttpStatus.NOT_FOUND || refused.getStatus() == HttpStatus.CONFLICT) {
                throw new HttpStatusException(HttpStatus.NOT_FOUND, "No invoice for this order");
            }
            throw refused;
        }
        byte[] pdf = invoice == null ? null : invoice.getBody().orElse(null);
        if (pdf == null || invoice.getStatus() != HttpStatus.OK) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No invoice for this order");
        }
        return HttpResponse.ok(pdf).contentType(OrderInvoiceClient.PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                        + fileName(invoice.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION), id) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, INVOICE_CACHING);
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, OrderDetail order, @Nullable String refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("order", OrderView.of(order, words(request), refusals));
        model.put("back", PortalPaths.ORDERS);
        if (refusal != null) {
            model.put("refusal", refusal);
        }
        return new ModelAndView<>(ORDER, model);
    }

    /** The employee's order, or the 404 page: the declarative client answers null for platform-api's 404. */
    private OrderDetail found(long id) {
        OrderDetail order = orders.order(id);
        if (order == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such order for this employee");
        }
        return order;
    }

    /** platform-api's file name, or {@code facture-<order id>.pdf}. */
    private static String fileName(@Nullable String disposition, long id) {
        if (disposition != null) {
            Matcher name = FILE_NAME.matcher(disposition);
            if (name.find()) {
                return name.group(1);
            }
        }
        return "facture-" + id + ".pdf";
    }

    private OrderWording words(HttpRequest<?> request) {
        return new OrderWording(messages, locales.resolveOrDefault(request));
    }
}
