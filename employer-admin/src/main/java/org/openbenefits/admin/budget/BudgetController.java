package org.openbenefits.admin.budget;

import static org.openbenefits.admin.web.FormFields.text;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.admin.web.Paging;
import org.openbenefits.contract.api.allowance.BudgetApiClient;
import org.openbenefits.contract.api.allowance.BudgetStatement;
import org.openbenefits.contract.api.allowance.BudgetView;
import org.openbenefits.contract.api.allowance.TopUpRequest;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * The employer budget ({@code /budget}): the balance, the top-ups waiting for OpenBenefits' check, the form that
 * records a bank transfer ({@code POST /budget/virements}) and the statement, newest first. The portal checks the
 * amount and the reference itself before calling platform-api, which checks them again.
 */
@Controller(AdminPaths.BUDGET)
@ExecuteOn(TaskExecutors.BLOCKING)
class BudgetController {

    static final String VIEW = "budget/budget";
    static final String TOP_UPS = "/virements";
    static final int PAGE_SIZE = 25;
    private static final int MAX_REFERENCE = 80;
    /** platform-api's names of the top-up's fields, as the form names them. */
    private static final Map<String, String> FIELDS = Map.of("amountCents", "amount", "bankReference", "reference");

    private final BudgetApiClient budget;
    private final ApiProblems problems;
    private final Texts texts;
    private final HttpLocaleResolver locales;

    BudgetController(BudgetApiClient budget, ApiProblems problems, Texts texts, HttpLocaleResolver locales) {
        this.budget = budget;
        this.problems = problems;
        this.texts = texts;
        this.locales = locales;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@Nullable @QueryValue Integer page) {
        return page(Form.empty(), Paging.apiPage(page));
    }

    @Post(uri = TOP_UPS, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> recordTopUp(HttpRequest<?> request, @Body Map<String, Object> body) {
        Form form = Form.empty().with("amount", text(body, "amount")).with("reference", text(body, "reference"));
        Optional<Long> amount = Euros.parseCents(form.value("amount"));
        if (form.value("amount").isEmpty()) {
            form.reject("amount", texts.get(request, "budget.topUp.error.amountMissing"));
        } else if (amount.isEmpty()) {
            form.reject("amount", texts.get(request, "budget.topUp.error.amountInvalid"));
        } else if (amount.get() <= 0) {
            form.reject("amount", texts.get(request, "budget.topUp.error.amountZero"));
        }
        if (form.value("reference").isEmpty()) {
            form.reject("reference", texts.get(request, "budget.topUp.error.referenceMissing"));
        } else if (form.value("reference").length() > MAX_REFERENCE) {
            form.reject("reference", texts.get(request, "budget.topUp.error.referenceTooLong", MAX_REFERENCE));
        }
        if (form.hasErrors()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(form, 0));
        }
        TopUpView recorded;
        try {
            recorded = budget.recordTopUp(new TopUpRequest(amount.orElseThrow(), form.value("reference")));
        } catch (HttpClientResponseException refusal) {
            int status = refusal.getStatus().getCode();
            if (status == 401 || status == 403 || status >= 500) {
                throw refusal;
            }
            form.reject(problems.of(refusal), FIELDS);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(form, 0));
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(form, 0));
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.BUDGET));
        Flash.next(request, response, "CONFIRMED".equals(recorded.status())
                        ? "budget.topUp.credited" : "budget.topUp.recorded",
                Euros.format(recorded.amountCents(), locales.resolveOrDefault(request)));
        return response;
    }

    private ModelAndView<Map<String, Object>> page(Form form, int apiPage) {
        BudgetView view = budget.budget();
        BudgetStatement statement = budget.statement(apiPage, PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("budget", view);
        model.put("pending", view.topUps().stream().filter(topUp -> "PENDING".equals(topUp.status())).toList());
        model.put("statement", statement);
        model.put("paging", Paging.of(statement.page(), PAGE_SIZE, statement.total(),
                n -> AdminPaths.BUDGET + "?page=" + n));
        model.put("form", form);
        return new ModelAndView<>(VIEW, model);
    }
}
