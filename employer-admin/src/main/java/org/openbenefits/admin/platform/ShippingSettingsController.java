package org.openbenefits.admin.platform;

import static org.openbenefits.admin.web.FormFields.text;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.catalogue.ShippingSettingsApiClient;
import org.openbenefits.contract.api.catalogue.ShippingSettingsRequest;
import org.openbenefits.contract.api.catalogue.ShippingSettingsView;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * Platform admins set what a cart with a postal line pays for shipping ({@code /plateforme/livraison}): the flat fee
 * and the total from which it is free, both typed in euros and sent as cents.
 */
@Controller(AdminPaths.SHIPPING)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShippingSettingsController {

    static final String VIEW = "platform/shipping";
    /** platform-api's field names that the form names otherwise. */
    private static final Map<String, String> FIELDS = Map.of("feeCents", "fee", "freeFromCents", "freeFrom");

    private final ShippingSettingsApiClient shipping;
    private final ApiProblems problems;
    private final Texts texts;
    private final HttpLocaleResolver locales;

    ShippingSettingsController(ShippingSettingsApiClient shipping, ApiProblems problems, Texts texts,
                               HttpLocaleResolver locales) {
        this.shipping = shipping;
        this.problems = problems;
        this.texts = texts;
        this.locales = locales;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> settings() {
        ShippingSettingsView current = shipping.settings();
        return page(Form.empty().with("fee", Euros.forField(current.feeCents()))
                .with("freeFrom", Euros.forField(current.freeFromCents())));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(HttpRequest<?> request, @Body Map<String, Object> body) {
        Form form = Form.empty().with("fee", text(body, "fee")).with("freeFrom", text(body, "freeFrom"));
        Long fee = cents(request, form, "fee");
        Long freeFrom = cents(request, form, "freeFrom");
        if (form.hasErrors()) {
            return HttpResponse.unprocessableEntity().body(page(form));
        }
        ShippingSettingsView saved;
        try {
            saved = shipping.change(new ShippingSettingsRequest(fee, freeFrom));
        } catch (HttpClientResponseException refusal) {
            int status = refusal.getStatus().getCode();
            if (status == 401 || status == 403 || status >= 500) {
                throw refusal;
            }
            form.reject(problems.of(refusal), FIELDS);
            return HttpResponse.unprocessableEntity().body(page(form));
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(form));
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.SHIPPING));
        Locale locale = locales.resolveOrDefault(request);
        Flash.next(request, response, "shipping.saved", Euros.format(saved.feeCents(), locale),
                Euros.format(saved.freeFromCents(), locale));
        return response;
    }

    @Nullable
    private Long cents(HttpRequest<?> request, Form form, String field) {
        if (form.value(field).isEmpty()) {
            form.reject(field, texts.get(request, "shipping.error.amountMissing"));
            return null;
        }
        Long cents = Euros.parseCents(form.value(field)).orElse(null);
        if (cents == null) {
            form.reject(field, texts.get(request, "shipping.error.amountInvalid"));
        }
        return cents;
    }

    private static ModelAndView<Map<String, Object>> page(Form form) {
        return new ModelAndView<>(VIEW, Map.of("form", form));
    }
}
