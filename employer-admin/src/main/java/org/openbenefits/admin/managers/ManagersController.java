package org.openbenefits.admin.managers;

import static org.openbenefits.admin.web.FormFields.text;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.manager.ManagerApiClient;
import org.openbenefits.contract.api.manager.ManagerInvitationRequest;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/** The employer's HR managers ({@code /gestionnaires}) and the form that invites another one. */
@Controller(AdminPaths.MANAGERS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ManagersController {

    static final String VIEW = "managers/managers";

    private final ManagerApiClient managers;
    private final ApiProblems problems;
    private final Texts texts;

    ManagersController(ManagerApiClient managers, ApiProblems problems, Texts texts) {
        this.managers = managers;
        this.problems = problems;
        this.texts = texts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list() {
        return page(Form.empty());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> invite(HttpRequest<?> request, @Body Map<String, Object> body) {
        Form form = Form.empty()
                .with("firstName", text(body, "firstName"))
                .with("lastName", text(body, "lastName"))
                .with("email", text(body, "email"));
        try {
            managers.invite(new ManagerInvitationRequest(form.value("firstName"), form.value("lastName"),
                    form.value("email")));
        } catch (HttpClientResponseException refusal) {
            form.reject(problems.of(refusal), Map.of());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(form));
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(form));
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.MANAGERS));
        Flash.next(request, response, "managers.invited");
        return response;
    }

    private ModelAndView<Map<String, Object>> page(Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("managers", managers.list());
        model.put("form", form);
        return new ModelAndView<>(VIEW, model);
    }
}
