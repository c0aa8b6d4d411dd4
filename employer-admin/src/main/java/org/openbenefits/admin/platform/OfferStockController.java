package org.openbenefits.admin.platform;

import static org.openbenefits.admin.web.FormFields.text;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.admin.web.Formats;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.OfferAdminApiClient;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.StockCodesReport;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * An offer's stock, from its page ({@code /plateforme/offres/{id}}): a count typed by the admin
 * ({@code POST .../stock}), or e-ticket codes uploaded as a file, one per line ({@code POST .../codes}, multipart: the
 * anti-forgery token is in the form's address). platform-api adds the codes all or none and names each refused one by
 * its line, never by its value: the page lists those lines beside the file field.
 */
@Controller(AdminPaths.OFFERS + "/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class OfferStockController {

    static final String FILE = "fichier";

    private final OfferAdminApiClient offers;
    private final ApiProblems problems;
    private final Texts texts;
    private final HttpLocaleResolver locales;

    OfferStockController(OfferAdminApiClient offers, ApiProblems problems, Texts texts, HttpLocaleResolver locales) {
        this.offers = offers;
        this.problems = problems;
        this.texts = texts;
        this.locales = locales;
    }

    @Post(uri = "/stock", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> count(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        OfferAdminView stored = found(id, offers.offer(id));
        String typed = text(body, "count");
        Form stock = Form.empty().with("count", typed);
        long count;
        try {
            count = Long.parseLong(typed.replaceAll("[\\s\\u00a0\\u202f]", ""));
        } catch (NumberFormatException e) {
            stock.reject("count", texts.get(request, "offers.stock.error.count"));
            return HttpResponse.unprocessableEntity().body(page(stored, stock, List.of()));
        }
        OfferAdminView changed;
        try {
            changed = offers.setStock(id, new StockRequest(count));
        } catch (HttpClientResponseException refusal) {
            return refused(stored, stock, refusal, "count");
        } catch (HttpClientException unreachable) {
            stock.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(stored, stock, List.of()));
        }
        Formats fmt = new Formats(locales.resolveOrDefault(request));
        return toOffer(request, id, "offers.stock.set", changed.title(), fmt.count(changed.availableStock()));
    }

    @Post(uri = "/codes", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> codes(HttpRequest<?> request, @PathVariable long id,
                          @Nullable @Part(FILE) CompletedFileUpload fichier) throws IOException {
        OfferAdminView stored = found(id, offers.offer(id));
        byte[] csv = fichier == null ? new byte[0] : fichier.getBytes();
        if (csv.length == 0) {
            return HttpResponse.unprocessableEntity().body(page(stored, Form.empty(),
                    List.of(texts.get(request, "offers.codes.error.noFile"))));
        }
        StockCodesReport report;
        try {
            report = offers.uploadCodes(id, csv);
        } catch (HttpClientResponseException refusal) {
            return refused(stored, Form.empty(), refusal, FILE);
        } catch (HttpClientException unreachable) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(page(stored, Form.empty().fail(texts.get(request, "api.unreachable")), List.of()));
        }
        Formats fmt = new Formats(locales.resolveOrDefault(request));
        return toOffer(request, id, report.added() == 1 ? "offers.codes.added.one" : "offers.codes.added.many",
                fmt.count(report.added()), stored.title(), fmt.count(report.availableStock()));
    }

    /**
     * A refusal on the stock form: a count out of range beside the count, each refused line of a codes file beside
     * the file (all of them, not only the first), anything else (offer.stock-is-codes) above the stock forms.
     */
    private HttpResponse<?> refused(OfferAdminView stored, Form stock, HttpClientResponseException refusal,
                                    String field) {
        int status = refusal.getStatus().getCode();
        if (status == 401 || status == 403 || status >= 500) {
            throw refusal;
        }
        if (status == 404) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No offer " + stored.id());
        }
        ProblemDetail problem = problems.of(refusal);
        List<String> codeErrors = List.of();
        if (FILE.equals(field) && !problem.errors().isEmpty()) {
            codeErrors = problem.errors().stream().map(ProblemDetail.FieldError::message).toList();
        } else {
            stock.reject(problem, Map.of());
        }
        return HttpResponse.status(status == 409 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(page(stored, stock, codeErrors));
    }

    private static ModelAndView<Map<String, Object>> page(OfferAdminView stored, Form stock, List<String> codeErrors) {
        ModelAndView<Map<String, Object>> page = OffersController.form(OfferForm.of(stored), stored);
        page.getModel().ifPresent(model -> {
            model.put("stock", stock);
            model.put("codeErrors", codeErrors);
        });
        return page;
    }

    private static MutableHttpResponse<?> toOffer(HttpRequest<?> request, long id, String flashKey, String... args) {
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.OFFERS + "/" + id));
        Flash.next(request, response, flashKey, args);
        return response;
    }

    private static OfferAdminView found(long id, @Nullable OfferAdminView offer) {
        if (offer == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No offer " + id);
        }
        return offer;
    }
}
