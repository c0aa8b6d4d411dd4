package org.openbenefits.portal.catalogue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.CatalogueApiClient;
import org.openbenefits.contract.api.catalogue.CatalogueOfferDetail;
import org.openbenefits.contract.api.catalogue.CataloguePage;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.portal.PortalPaths;
import org.openbenefits.portal.web.ApiRefusals;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.api.RefusalWording;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.forms.Form;

/**
 * "Catalogue" ({@value PortalPaths#CATALOGUE}), signed-in employees only: the published offers open to their
 * employer, searched (accents and case aside, as platform-api searches), filtered by category, delivery type and
 * employee price, sorted and paged, every criterion in the address; and each offer's page with its availability and
 * what the employee's own allowances would pay. Prices typed wrong are refused beside their field in the words of
 * the refusal codes ({@link FieldCode}), before platform-api is asked; its own refusals are shown the same way.
 */
@Controller(PortalPaths.CATALOGUE)
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogueController {

    static final String LIST = "catalogue/catalogue";
    static final String OFFER = "catalogue/offer";
    /** As platform-api sends pictures: the signed-in browser may keep one a day, no shared cache may. */
    static final String PICTURE_CACHING = "private, max-age=86400";

    private final CatalogueApiClient api;
    private final ApiProblems problems;
    private final RefusalWording refusals;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    CatalogueController(CatalogueApiClient api, ApiProblems problems, RefusalWording refusals, MessageSource messages,
                        HttpLocaleResolver locales) {
        this.api = api;
        this.problems = problems;
        this.refusals = refusals;
        this.messages = messages;
        this.locales = locales;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> search(HttpRequest<?> request,
                           @QueryValue(CatalogueSearch.Q) @Nullable String q,
                           @QueryValue(CatalogueSearch.CATEGORY) @Nullable String category,
                           @QueryValue(CatalogueSearch.DELIVERY) @Nullable String delivery,
                           @QueryValue(CatalogueSearch.PRICE_FROM) @Nullable String priceFrom,
                           @QueryValue(CatalogueSearch.PRICE_TO) @Nullable String priceTo,
                           @QueryValue(CatalogueSearch.SORT) @Nullable String sort,
                           @QueryValue(CatalogueSearch.PAGE) @Nullable String page) {
        CatalogueWording words = words(request);
        CatalogueSearch search = CatalogueSearch.of(q, category, delivery, priceFrom, priceTo, sort, page);
        Form form = search.form();
        Long min = cents(form, CatalogueSearch.PRICE_FROM, search.priceFrom(), words.locale());
        Long max = cents(form, CatalogueSearch.PRICE_TO, search.priceTo(), words.locale());
        if (min != null && max != null && min > max) {
            form.reject(CatalogueSearch.PRICE_TO, refusal(FieldCode.TOO_SMALL,
                    Map.of("min", BigDecimal.valueOf(min, 2).toPlainString()), words.locale()));
        }
        if (form.hasErrors()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(list(form, null));
        }
        CataloguePage found;
        try {
            found = api.offers(search.q(), search.category(), search.delivery(), min, max,
                    search.sort(), search.page(), CatalogueResults.PAGE_SIZE);
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (ApiRefusals.refusesTheSession(refusal, problem)) {
                throw refusal;
            }
            ApiRefusals.show(form, problem, CatalogueSearch.API_FIELDS);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(list(form, null));
        }
        return HttpResponse.ok(list(form, CatalogueResults.of(ApiRefusals.found(found), search, words)));
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> offer(HttpRequest<?> request, @PathVariable long id) {
        CatalogueOfferDetail offer = api.offer(id);
        if (offer == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such offer for this employee");
        }
        return new ModelAndView<>(OFFER, Map.of("offer", OfferPage.of(offer, words(request)),
                "back", PortalPaths.CATALOGUE));
    }

    /**
     * The offer's picture, passed on from platform-api with its caching (the browser may keep it a day, privately);
     * 404 when the offer has none or the employee may not see it.
     */
    @Get(value = "/{id}/image", produces = CatalogueApiClient.IMAGE_JPEG)
    HttpResponse<byte[]> image(@PathVariable long id) {
        HttpResponse<byte[]> picture;
        try {
            picture = api.image(id);
        } catch (HttpClientResponseException refused) {
            if (refused.getStatus() == HttpStatus.NOT_FOUND) {
                throw new HttpStatusException(HttpStatus.NOT_FOUND, "No picture for this offer");
            }
            throw refused;
        }
        byte[] bytes = picture == null ? null : picture.body();
        if (bytes == null || picture.getStatus() != HttpStatus.OK) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No picture for this offer");
        }
        return HttpResponse.ok(bytes).contentType(CatalogueApiClient.IMAGE_JPEG)
                .header(HttpHeaders.CACHE_CONTROL, PICTURE_CACHING);
    }

    private ModelAndView<Map<String, Object>> list(Form form, @Nullable CatalogueResults results) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("categories", CatalogueSearch.CATEGORIES);
        model.put("deliveries", CatalogueSearch.DELIVERIES);
        model.put("sorts", CatalogueSearch.SORTS);
        if (results != null) {
            model.put("results", results);
        }
        return new ModelAndView<>(LIST, model);
    }

    /**
     * A price typed in euros, in cents; null when none was typed, or when it is refused beside its field: a negative
     * amount is {@code field.too-small} (at least 0), anything that is not an amount {@code field.invalid-value}.
     */
    private @Nullable Long cents(Form form, String field, @Nullable String typed, Locale locale) {
        if (typed == null) {
            return null;
        }
        String unsigned = typed.replaceFirst("^[-−]\\s*", "");
        Optional<Long> cents = Euros.parseCents(unsigned);
        if (cents.isPresent() && !unsigned.equals(typed)) {
            form.reject(field, refusal(FieldCode.TOO_SMALL, Map.of("min", "0.00"), locale));
            return null;
        }
        if (cents.isEmpty()) {
            form.reject(field, refusal(FieldCode.INVALID_VALUE, Map.of(), locale));
            return null;
        }
        return cents.get();
    }

    private String refusal(FieldCode code, Map<String, Object> parameters, Locale locale) {
        return refusals.word(code.code(), parameters, locale).orElse(code.code());
    }

    private CatalogueWording words(HttpRequest<?> request) {
        return new CatalogueWording(messages, locales.resolveOrDefault(request));
    }
}
