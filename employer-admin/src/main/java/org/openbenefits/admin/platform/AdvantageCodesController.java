package org.openbenefits.admin.platform;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
import org.openbenefits.contract.api.catalogue.AdvantageCodeApiClient;
import org.openbenefits.contract.api.catalogue.AdvantageCodeRequest;
import org.openbenefits.contract.api.catalogue.AdvantageCodeView;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * Platform admins' advantage codes ({@code /plateforme/codes-avantage}): the list with what each gives and how many
 * orders used it; "Nouveau code" ({@code /nouveau}); disabling one after a confirmation page
 * ({@code /{id}/desactivation}), since a disabled code never applies again and its name is never reused.
 */
@Controller(AdminPaths.ADVANTAGE_CODES)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdvantageCodesController {

    static final String LIST = "platform/advantage-codes";
    static final String FORM = "platform/advantage-code-form";
    static final String DISABLE = "platform/advantage-code-disabling";

    private final AdvantageCodeApiClient codes;
    private final ApiProblems problems;
    private final Texts texts;

    AdvantageCodesController(AdvantageCodeApiClient codes, ApiProblems problems, Texts texts) {
        this.codes = codes;
        this.problems = problems;
        this.texts = texts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list() {
        return new ModelAndView<>(LIST, Map.of("codes", codes.codes()));
    }

    @Get(uri = "/nouveau", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newCode() {
        return form(AdvantageCodeForm.blank());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        AdvantageCodeForm form = AdvantageCodeForm.posted(body);
        Optional<AdvantageCodeRequest> code = form.request(key -> texts.get(request, key));
        if (code.isEmpty()) {
            return HttpResponse.unprocessableEntity().body(form(form));
        }
        AdvantageCodeView created;
        try {
            created = codes.create(code.get());
        } catch (HttpClientResponseException refusal) {
            int status = refusal.getStatus().getCode();
            if (status == 401 || status == 403 || status >= 500) {
                throw refusal;
            }
            form.reject(problems.of(refusal));
            return HttpResponse.status(status == 409 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(form(form));
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(form(form));
        }
        return toList(request, "codes.created", created.code());
    }

    @Get(uri = "/{id}/desactivation", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> confirmDisabling(@PathVariable long id) {
        return new ModelAndView<>(DISABLE, Map.of("code", find(id)));
    }

    @Post(uri = "/{id}/desactivation", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> disable(HttpRequest<?> request, @PathVariable long id) {
        AdvantageCodeView disabled = codes.disable(id);
        if (disabled == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No advantage code " + id);
        }
        return toList(request, "codes.disabled", disabled.code());
    }

    private AdvantageCodeView find(long id) {
        return codes.codes().stream().filter(code -> code.id() == id).findFirst()
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No advantage code " + id));
    }

    private static MutableHttpResponse<?> toList(HttpRequest<?> request, String flashKey, String code) {
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.ADVANTAGE_CODES));
        Flash.next(request, response, flashKey, code);
        return response;
    }

    private static ModelAndView<Map<String, Object>> form(AdvantageCodeForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.form());
        model.put("chosenCategories", form.categories());
        model.put("categories", OfferForm.CATEGORIES);
        model.put("benefits", AdvantageCodeForm.BENEFITS);
        return new ModelAndView<>(FORM, model);
    }
}
