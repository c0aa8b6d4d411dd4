package org.openbenefits.admin.platform;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.catalogue.OfferAdminApiClient;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * Platform admins run the catalogue's offers ({@code /plateforme/offres}): the list with prices, publication and
 * stock flags; "Nouvelle offre" ({@code /plateforme/offres/nouvelle}) and an offer's own form
 * ({@code /plateforme/offres/{id}}), both with the prices typed in euros; "Publier" and "Retirer du catalogue" from
 * the list. platform-api checks every field again and its refusals land beside them. An offer's page also sets its
 * picture ({@link OfferImageController}) and its stock ({@link OfferStockController}).
 */
@Controller(AdminPaths.OFFERS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OffersController {

    static final String LIST = "platform/offers";
    static final String FORM = "platform/offer-form";
    static final String NEW = "/nouvelle";

    private final OfferAdminApiClient offers;
    private final ApiProblems problems;
    private final Texts texts;

    OffersController(OfferAdminApiClient offers, ApiProblems problems, Texts texts) {
        this.offers = offers;
        this.problems = problems;
        this.texts = texts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list() {
        return list(Form.empty());
    }

    @Get(uri = NEW, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newOffer() {
        return form(OfferForm.blank(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        OfferForm form = OfferForm.posted(body);
        Optional<OfferRequest> offer = form.request(key -> texts.get(request, key));
        if (offer.isEmpty()) {
            return HttpResponse.unprocessableEntity().body(form(form, null));
        }
        OfferAdminView created;
        try {
            created = offers.create(offer.get());
            if (form.isPublished()) {
                created = offers.publish(created.id());
            }
        } catch (HttpClientResponseException refusal) {
            return refused(form, null, refusal);
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(form(form, null));
        }
        return toList(request, "offers.created", created.title());
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> edit(@PathVariable long id) {
        OfferAdminView offer = found(id, offers.offer(id));
        return form(OfferForm.of(offer), offer);
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        OfferAdminView stored = found(id, offers.offer(id));
        OfferForm form = OfferForm.posted(body);
        Optional<OfferRequest> offer = form.request(key -> texts.get(request, key));
        if (offer.isEmpty()) {
            return HttpResponse.unprocessableEntity().body(form(form, stored));
        }
        OfferAdminView saved;
        try {
            saved = offers.edit(id, offer.get());
            if (form.isPublished() && !saved.published()) {
                saved = offers.publish(id);
            } else if (!form.isPublished() && saved.published()) {
                saved = offers.unpublish(id);
            }
        } catch (HttpClientResponseException refusal) {
            return refused(form, stored, refusal);
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(form(form, stored));
        }
        return toList(request, "offers.saved", saved.title());
    }

    @Post(uri = "/{id}/publication", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> publish(HttpRequest<?> request, @PathVariable long id) {
        return publication(request, id, offers::publish, "offers.published");
    }

    @Post(uri = "/{id}/retrait", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> unpublish(HttpRequest<?> request, @PathVariable long id) {
        return publication(request, id, offers::unpublish, "offers.unpublished");
    }

    private HttpResponse<?> publication(HttpRequest<?> request, long id, LongFunction<OfferAdminView> change,
                                        String flashKey) {
        OfferAdminView changed;
        try {
            changed = change.apply(id);
        } catch (HttpClientResponseException refusal) {
            int status = refusal.getStatus().getCode();
            if (status == 401 || status == 403 || status >= 500) {
                throw refusal;
            }
            return HttpResponse.status(HttpStatus.CONFLICT).body(list(Form.empty().reject(problems.of(refusal))));
        }
        return toList(request, flashKey, found(id, changed).title());
    }

    private HttpResponse<?> refused(OfferForm form, @Nullable OfferAdminView stored,
                                    HttpClientResponseException refusal) {
        int status = refusal.getStatus().getCode();
        if (status == 401 || status == 403 || status >= 500) {
            throw refusal;
        }
        form.reject(problems.of(refusal));
        return HttpResponse.status(status == 409 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(form(form, stored));
    }

    private static MutableHttpResponse<?> toList(HttpRequest<?> request, String flashKey, String title) {
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.OFFERS));
        Flash.next(request, response, flashKey, title);
        return response;
    }

    /** platform-api's 404, which the client answers as null: an unknown offer is the 404 page. */
    private static OfferAdminView found(long id, @Nullable OfferAdminView offer) {
        if (offer == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No offer " + id);
        }
        return offer;
    }

    private ModelAndView<Map<String, Object>> list(Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("offers", offers.offers());
        model.put("form", form);
        return new ModelAndView<>(LIST, model);
    }

    /**
     * An offer's page: its form, and once it exists its picture ({@link OfferImageController}) and stock forms
     * ({@link OfferStockController}).
     */
    static ModelAndView<Map<String, Object>> form(OfferForm form, @Nullable OfferAdminView offer) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.form());
        model.put("offer", offer);
        model.put("published", form.isPublished());
        model.put("categories", OfferForm.CATEGORIES);
        model.put("deliveries", OfferForm.DELIVERIES);
        model.put("stock", Form.empty());
        model.put("picture", Form.empty());
        model.put("imageMegabytes", OfferAdminApiClient.IMAGE_MAX_BYTES / (1024 * 1024));
        model.put("codeErrors", List.of());
        return new ModelAndView<>(FORM, model);
    }
}
