package org.openbenefits.admin.campaigns;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.CampaignApiClient;
import org.openbenefits.contract.api.allowance.CampaignPreview;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.CategoryApiClient;
import org.openbenefits.contract.api.allowance.CategoryView;
import org.openbenefits.contract.api.employee.EmployeeApiClient;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.domain.allowance.AllowanceRefusal;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * "Nouvelle campagne" ({@code /campagnes/nouvelle}): HR describes the campaign, "Prévisualiser" ({@code POST
 * /campagnes/apercu}) shows the same form with what it would cost against the budget and, for gift cheques, who would
 * exceed the URSSAF threshold; "Confirmer et distribuer" ({@code POST /campagnes}) posts the same values and
 * distributes the grants. A confirmation whose values differ from the preview's gets the new preview instead: HR
 * confirms only what they have seen.
 */
@Controller(AdminPaths.CAMPAIGNS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignFormController {

    static final String VIEW = "campaigns/form";
    static final String NEW = "/nouvelle";
    static final String PREVIEW = "/apercu";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The largest page of employees platform-api serves. */
    private static final int SEARCH_PAGE = 200;

    private final CampaignApiClient campaigns;
    private final CategoryApiClient categories;
    private final EmployeeApiClient employees;
    private final ApiProblems problems;
    private final Texts texts;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    CampaignFormController(CampaignApiClient campaigns, CategoryApiClient categories, EmployeeApiClient employees,
                           ApiProblems problems, Texts texts, HttpLocaleResolver locales, Clock clock) {
        this.campaigns = campaigns;
        this.categories = categories;
        this.employees = employees;
        this.problems = problems;
        this.texts = texts;
        this.locales = locales;
        this.clock = clock;
    }

    @Get(uri = NEW, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newCampaign() {
        return page(CampaignForm.blank(LocalDate.now(clock.withZone(PARIS))), categories.categories(), null);
    }

    @Post(uri = PREVIEW, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> preview(HttpRequest<?> request, @Body Map<String, Object> body) {
        CampaignForm form = CampaignForm.posted(body);
        List<CategoryView> offered = categories.categories();
        Optional<CampaignRequest> campaign = request(request, form, offered);
        if (campaign.isEmpty()) {
            return refused(form, offered, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return previewed(request, form, offered, campaign.get(), null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(HttpRequest<?> request, @Body Map<String, Object> body) {
        CampaignForm form = CampaignForm.posted(body);
        List<CategoryView> offered = categories.categories();
        Optional<CampaignRequest> campaign = request(request, form, offered);
        if (campaign.isEmpty()) {
            return refused(form, offered, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (!form.matchesItsPreview()) {
            return previewed(request, form, offered, campaign.get(), texts.get(request, "campaigns.preview.changed"));
        }
        CampaignView confirmed;
        try {
            confirmed = campaigns.confirm(campaign.get());
        } catch (HttpClientResponseException refusal) {
            return refusal(request, form, offered, refusal);
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return refused(form, offered, HttpStatus.SERVICE_UNAVAILABLE);
        }
        MutableHttpResponse<?> response =
                HttpResponse.seeOther(URI.create(AdminPaths.CAMPAIGNS + "/" + confirmed.id()));
        Locale locale = locales.resolveOrDefault(request);
        Flash.next(request, response, confirmed.grants() == 1 ? "campaigns.distributed.one" : "campaigns.distributed.many",
                confirmed.name(), String.valueOf(confirmed.grants()), Euros.format(confirmed.distributedCents(), locale));
        return response;
    }

    private HttpResponse<?> previewed(HttpRequest<?> request, CampaignForm form, List<CategoryView> offered,
                                      CampaignRequest campaign, @Nullable String notice) {
        CampaignPreview preview;
        try {
            preview = campaigns.preview(campaign);
        } catch (HttpClientResponseException refusal) {
            return refusal(request, form, offered, refusal);
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return refused(form, offered, HttpStatus.SERVICE_UNAVAILABLE);
        }
        ModelAndView<Map<String, Object>> page = page(form, offered, preview);
        page.getModel().ifPresent(model -> {
            model.put("previewed", form.fingerprint());
            model.put("notice", notice);
        });
        return HttpResponse.ok(page);
    }

    /** The request, once the portal's own checks pass and the listed employees are found; empty otherwise. */
    private Optional<CampaignRequest> request(HttpRequest<?> request, CampaignForm form, List<CategoryView> offered) {
        List<Long> employeeIds = form.targetsAList() ? listedEmployeeIds(request, form) : List.of();
        return form.request(offered, employeeIds, key -> texts.get(request, key));
    }

    /**
     * The ids of the employees of the list, each found by employee number or work e-mail; an error beside the list
     * names those that are not found.
     */
    private List<Long> listedEmployeeIds(HttpRequest<?> request, CampaignForm form) {
        List<String> listed = form.listedEmployees();
        if (listed.size() > CampaignForm.MAX_LISTED) {
            form.reject("employees", texts.get(request, "campaigns.error.employeesTooMany", CampaignForm.MAX_LISTED));
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String entry : listed) {
            listedEmployee(entry).ifPresentOrElse(employee -> {
                if (!ids.contains(employee.id())) {
                    ids.add(employee.id());
                }
            }, () -> unknown.add(entry));
        }
        if (!unknown.isEmpty()) {
            form.reject("employees", texts.get(request, "campaigns.error.employeesUnknown", String.join(", ", unknown)));
        }
        return ids;
    }

    /**
     * The employee whose employee number or work e-mail is {@code entry}. platform-api's search also answers every
     * employee whose name, e-mail, number, department or site merely contains it, sorted by name: the exact one may
     * come on a later page ("M0001" among M00010, M00011...).
     */
    private Optional<EmployeeView> listedEmployee(String entry) {
        for (int page = 0; ; page++) {
            EmployeePage found = employees.list(entry, page, SEARCH_PAGE);
            Optional<EmployeeView> exact = found.items().stream()
                    .filter(employee -> entry.equalsIgnoreCase(employee.employeeNumber())
                            || entry.equalsIgnoreCase(employee.workEmail()))
                    .findFirst();
            if (exact.isPresent() || found.items().isEmpty() || (long) (page + 1) * SEARCH_PAGE >= found.total()) {
                return exact;
            }
        }
    }

    /**
     * platform-api refused: field errors beside the fields; budget and recipients above the form, in the page's words
     * (budget.shortfall says what lacks, the cost and the balance, and the page offers to record a transfer); the rest
     * fails.
     */
    private HttpResponse<?> refusal(HttpRequest<?> request, CampaignForm form, List<CategoryView> offered,
                                    HttpClientResponseException refusal) {
        int status = refusal.getStatus().getCode();
        if (status == 401 || status == 403 || status >= 500) {
            throw refusal;
        }
        ProblemDetail problem = problems.of(refusal);
        form.reject(problem);
        ModelAndView<Map<String, Object>> page = page(form, offered, null);
        page.getModel().ifPresent(model ->
                model.put("shortOfBudget", ApiProblems.is(problem, AllowanceRefusal.BUDGET_SHORTFALL)));
        return HttpResponse.status(status == 409 ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY).body(page);
    }

    private static HttpResponse<?> refused(CampaignForm form, List<CategoryView> offered, HttpStatus status) {
        return HttpResponse.status(status).body(page(form, offered, null));
    }

    private static ModelAndView<Map<String, Object>> page(CampaignForm form, List<CategoryView> offered,
                                                          @Nullable CampaignPreview preview) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.form());
        model.put("chosenCategories", form.categories());
        model.put("anyCategory", CampaignForm.ANY_CATEGORY);
        model.put("perChild", form.isPerChild());
        model.put("categories", offered);
        model.put("kinds", CampaignForm.KINDS);
        model.put("events", CampaignForm.EVENTS);
        model.put("targets", CampaignForm.TARGETS);
        model.put("preview", preview);
        model.put("previewed", "");
        model.put("shortOfBudget", preview != null && preview.shortfallCents() > 0);
        return new ModelAndView<>(VIEW, model);
    }
}
