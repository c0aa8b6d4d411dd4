package org.openbenefits.admin.platform;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.allowance.PlatformLedgerApiClient;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;

/**
 * Platform admins check HR's bank transfers against OpenBenefits' bank statement ({@code /plateforme/virements}):
 * the PENDING top-ups of every employer, each confirmed (the employer's budget is credited) or refused, and the
 * recently decided ones below.
 */
@Controller(AdminPaths.TOP_UP_REVIEW)
@ExecuteOn(TaskExecutors.BLOCKING)
class TopUpReviewController {

    static final String VIEW = "platform/top-ups";
    /** How many decided top-ups the page recalls. */
    static final int RECENT = 20;

    private final PlatformLedgerApiClient platform;
    private final ApiProblems problems;
    private final HttpLocaleResolver locales;

    TopUpReviewController(PlatformLedgerApiClient platform, ApiProblems problems, HttpLocaleResolver locales) {
        this.platform = platform;
        this.problems = problems;
        this.locales = locales;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list() {
        return page(Form.empty());
    }

    @Post(uri = "/{id}/confirmation", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(HttpRequest<?> request, @PathVariable long id) {
        return decide(request, id, platform::confirm, "topUps.confirmed");
    }

    @Post(uri = "/{id}/rejection", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reject(HttpRequest<?> request, @PathVariable long id) {
        return decide(request, id, platform::reject, "topUps.rejected");
    }

    private HttpResponse<?> decide(HttpRequest<?> request, long id, LongFunction<TopUpView> decision, String flashKey) {
        TopUpView decided;
        try {
            decided = decision.apply(id);
        } catch (HttpClientResponseException refusal) {
            int status = refusal.getStatus().getCode();
            if (status == 401 || status == 403 || status >= 500) {
                throw refusal;
            }
            // TOP_UP_ALREADY_DECIDED (another admin was quicker): the list as it is now says more.
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(Form.empty().reject(problems.of(refusal))));
        }
        if (decided == null) {
            // platform-api's 404, which the client answers as null: an unknown id is the 404 page.
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No top-up " + id);
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.TOP_UP_REVIEW));
        Flash.next(request, response, flashKey, decided.bankReference(), decided.employerName(),
                Euros.format(decided.amountCents(), locales.resolveOrDefault(request)));
        return response;
    }

    private ModelAndView<Map<String, Object>> page(Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("pending", platform.topUps("PENDING"));
        model.put("decided", platform.topUps(null).stream()
                .filter(topUp -> !"PENDING".equals(topUp.status())).limit(RECENT).toList());
        model.put("form", form);
        return new ModelAndView<>(VIEW, model);
    }
}
