package org.openbenefits.portal.profile;

import java.net.URI;
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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.me.EmailChangeRequest;
import org.openbenefits.contract.api.me.MeApiClient;
import org.openbenefits.portal.PortalPaths;
import org.openbenefits.portal.web.ApiRefusals;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * Changing the sign-in e-mail address ({@value PortalPaths#SIGN_IN_EMAIL}), confirmed with the current password.
 * platform-api warns the old address by e-mail; an address another account uses, or a wrong password, comes back
 * beside its field.
 */
@Controller(PortalPaths.SIGN_IN_EMAIL)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInEmailController {

    static final String VIEW = "profile/sign-in-email";
    private static final Map<String, String> FIELDS = Map.of("newEmail", "newEmail", "currentPassword", "currentPassword");

    private final MeApiClient me;
    private final ApiProblems problems;
    private final Texts texts;

    SignInEmailController(MeApiClient me, ApiProblems problems, Texts texts) {
        this.me = me;
        this.problems = problems;
        this.texts = texts;
    }

    @Serdeable
    record EmailChangeFields(@Nullable String newEmail, @Nullable String currentPassword) {

        @Override
        public String toString() {
            return "EmailChangeFields[***]";
        }
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form() {
        return page(ApiRefusals.found(me.me()).email(), Form.empty());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(HttpRequest<?> request, @Body EmailChangeFields input) {
        String currentEmail = ApiRefusals.found(me.me()).email();
        String newEmail = input.newEmail() == null ? "" : input.newEmail().strip();
        String password = input.currentPassword() == null ? "" : input.currentPassword();
        Form form = Form.empty().with("newEmail", newEmail);
        if (newEmail.isEmpty()) {
            form.reject("newEmail", texts.get(request, "signInEmail.newEmail.required"));
        } else if (newEmail.equalsIgnoreCase(currentEmail)) {
            form.reject("newEmail", texts.get(request, "signInEmail.newEmail.same"));
        }
        if (password.isEmpty()) {
            form.reject("currentPassword", texts.get(request, "signInEmail.password.required"));
        }
        if (form.hasErrors()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(currentEmail, form));
        }
        try {
            me.changeEmail(new EmailChangeRequest(password, newEmail));
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (ApiRefusals.refusesTheSession(refusal, problem)) {
                throw refusal;
            }
            ApiRefusals.show(form, problem, FIELDS);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(currentEmail, form));
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(currentEmail, form));
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(PortalPaths.PROFILE));
        Flash.next(request, response, "signInEmail.changed");
        return response;
    }

    private static ModelAndView<Map<String, Object>> page(String currentEmail, Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("currentEmail", currentEmail);
        model.put("form", form);
        return new ModelAndView<>(VIEW, model);
    }
}
