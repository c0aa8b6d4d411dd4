package org.openbenefits.admin.employees;

import static org.openbenefits.admin.web.FormFields.text;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.employee.EmployeeApiClient;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * An employee's profile: "Nouveau salarié" ({@code /salaries/nouveau}), which creates it and sends the invitation,
 * and its page ({@code /salaries/{id}}), which edits it and offers the account's actions. A refused form comes back
 * with what was typed and each error beside its field; "Ajouter un enfant" re-renders the form with one more row.
 */
@Controller(AdminPaths.EMPLOYEES)
@ExecuteOn(TaskExecutors.BLOCKING)
class EmployeeProfileController {

    static final String VIEW = "employees/profile";
    static final String NEW = "/nouveau";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EmployeeApiClient employees;
    private final ApiProblems problems;
    private final Texts texts;
    private final Clock clock;

    EmployeeProfileController(EmployeeApiClient employees, ApiProblems problems, Texts texts, Clock clock) {
        this.employees = employees;
        this.problems = problems;
        this.texts = texts;
        this.clock = clock;
    }

    @Get(uri = NEW, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newEmployee() {
        return page(EmployeeForm.blank(), null);
    }

    @Post(uri = NEW, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        EmployeeForm form = EmployeeForm.posted(body);
        if (addsAChild(body)) {
            return HttpResponse.ok(page(form.withAnotherChild(), null));
        }
        EmployeeRequest employee = form.request(today(), key -> texts.get(request, key));
        if (employee == null) {
            return refused(form, null);
        }
        EmployeeView created;
        try {
            created = employees.create(employee);
        } catch (HttpClientResponseException refusal) {
            form.reject(problems.of(refusal));
            return refused(form, null);
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(form, null));
        }
        return toProfile(request, created.id(), "employees.invited", created.workEmail());
    }

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(@PathVariable long id) {
        EmployeeView employee = EmployerEmployees.find(employees, id);
        return page(EmployeeForm.of(employee), employee);
    }

    @Post(uri = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        EmployeeView employee = EmployerEmployees.find(employees, id);
        EmployeeForm form = EmployeeForm.posted(body);
        if (addsAChild(body)) {
            return HttpResponse.ok(page(form.withAnotherChild(), employee));
        }
        EmployeeRequest changed = form.request(today(), key -> texts.get(request, key));
        if (changed == null) {
            return refused(form, employee);
        }
        try {
            if (employees.update(id, changed) == null) {
                throw EmployerEmployees.notFound(id);
            }
        } catch (HttpClientResponseException refusal) {
            if (refusal.getStatus() == HttpStatus.NOT_FOUND) {
                throw refusal;
            }
            form.reject(problems.of(refusal));
            return refused(form, employee);
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(form, employee));
        }
        return toProfile(request, id, "employees.saved");
    }

    /** The employee's page, with a confirmation whose placeholders {@code flashArguments} fill. */
    static MutableHttpResponse<?> toProfile(HttpRequest<?> request, long id, String flashKey,
                                            String... flashArguments) {
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.EMPLOYEES + "/" + id));
        Flash.next(request, response, flashKey, flashArguments);
        return response;
    }

    private static boolean addsAChild(Map<String, Object> body) {
        return "enfant".equals(text(body, "ajouter"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private static HttpResponse<?> refused(EmployeeForm form, @Nullable EmployeeView employee) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(form, employee));
    }

    private static ModelAndView<Map<String, Object>> page(EmployeeForm form, @Nullable EmployeeView employee) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.form());
        model.put("childRows", form.childRows());
        model.put("mayAddChild", form.childRows() < EmployeeForm.MAX_CHILDREN);
        model.put("employee", employee);
        model.put("action", employee == null ? AdminPaths.EMPLOYEES + NEW : AdminPaths.EMPLOYEES + "/" + employee.id());
        return new ModelAndView<>(VIEW, model);
    }
}
