package org.openbenefits.admin.employees;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.employee.EmployeeApiClient;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Form;

/**
 * The account actions of an employee's page: deactivating and reactivating (each confirmed on a page of its own,
 * {@code /salaries/{id}/desactivation} and {@code /reactivation}) and re-sending the invitation (while the account is
 * not activated). Each ends on the employee's page with a confirmation; a refusal stays on the action's page.
 */
@Controller(AdminPaths.EMPLOYEES + "/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class EmployeeAccountController {

    static final String VIEW = "employees/account-action";

    /** An action: its address under the employee's page, its texts' prefix, and when it applies. */
    enum Action {
        DEACTIVATE("desactivation", "employees.deactivate"),
        REACTIVATE("reactivation", "employees.reactivate"),
        RESEND_INVITATION("invitation", "employees.resend");

        final String path;
        final String texts;

        Action(String path, String texts) {
            this.path = path;
            this.texts = texts;
        }

        boolean appliesTo(EmployeeView employee) {
            return switch (this) {
                case DEACTIVATE -> "ACTIVE".equals(employee.status()) || "INVITED".equals(employee.status());
                case REACTIVATE -> "DEACTIVATED".equals(employee.status());
                case RESEND_INVITATION -> "INVITED".equals(employee.status());
            };
        }
    }

    private final EmployeeApiClient employees;
    private final ApiProblems problems;

    EmployeeAccountController(EmployeeApiClient employees, ApiProblems problems) {
        this.employees = employees;
        this.problems = problems;
    }

    @Get(uri = "/desactivation", produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirmDeactivation(@PathVariable long id) {
        return confirmation(id, Action.DEACTIVATE);
    }

    @Post(uri = "/desactivation", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> deactivate(HttpRequest<?> request, @PathVariable long id) {
        return act(request, id, Action.DEACTIVATE, employees::deactivate, "employees.deactivated");
    }

    @Get(uri = "/reactivation", produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirmReactivation(@PathVariable long id) {
        return confirmation(id, Action.REACTIVATE);
    }

    @Post(uri = "/reactivation", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reactivate(HttpRequest<?> request, @PathVariable long id) {
        return act(request, id, Action.REACTIVATE, employees::reactivate, "employees.reactivated");
    }

    @Get(uri = "/invitation", produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirmInvitation(@PathVariable long id) {
        return confirmation(id, Action.RESEND_INVITATION);
    }

    @Post(uri = "/invitation", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> resendInvitation(HttpRequest<?> request, @PathVariable long id) {
        return act(request, id, Action.RESEND_INVITATION, employeeId -> {
            HttpResponse<Void> sent = employees.resendInvitation(employeeId);
            return sent == null || sent.getStatus() == HttpStatus.NOT_FOUND ? null : sent;
        }, "employees.invitationResent");
    }

    private HttpResponse<?> confirmation(long id, Action action) {
        EmployeeView employee = EmployerEmployees.find(employees, id);
        if (!action.appliesTo(employee)) {
            // Already done, or not possible any more (the account changed meanwhile): its page shows where it stands.
            return HttpResponse.seeOther(URI.create(AdminPaths.EMPLOYEES + "/" + id));
        }
        return HttpResponse.ok(page(employee, action, Form.empty()));
    }

    /** Runs the action at platform-api; null from it means 404 (another employer's id, see EmployeeApiClient). */
    private HttpResponse<?> act(HttpRequest<?> request, long id, Action action, LongFunction<Object> call,
                                String flashKey) {
        try {
            if (call.apply(id) == null) {
                throw EmployerEmployees.notFound(id);
            }
        } catch (HttpClientResponseException refusal) {
            if (refusal.getStatus() == HttpStatus.NOT_FOUND) {
                throw EmployerEmployees.notFound(id);
            }
            if (refusal.getStatus().getCode() >= 500) {
                throw refusal;
            }
            // employee.invitation-accepted, employee.account-deleted, the limits on e-mails with the minutes to
            // wait...: the action's page says why in HR's language, with the account as it is now.
            EmployeeView employee = EmployerEmployees.find(employees, id);
            Form form = Form.empty().reject(problems.of(refusal), Map.of());
            return HttpResponse.status(refusal.getStatus()).body(page(employee, action, form));
        }
        return EmployeeProfileController.toProfile(request, id, flashKey);
    }

    private static ModelAndView<Map<String, Object>> page(EmployeeView employee, Action action, Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("employee", employee);
        model.put("texts", action.texts);
        model.put("action", AdminPaths.EMPLOYEES + "/" + employee.id() + "/" + action.path);
        model.put("applies", action.appliesTo(employee));
        model.put("form", form);
        return new ModelAndView<>(VIEW, model);
    }
}
