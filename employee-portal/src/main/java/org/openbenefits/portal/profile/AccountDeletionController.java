package org.openbenefits.portal.profile;

import java.net.URI;
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
import org.openbenefits.contract.api.me.AccountDeletionRequest;
import org.openbenefits.contract.api.me.MeApiClient;
import org.openbenefits.portal.PortalPaths;
import org.openbenefits.portal.web.ApiRefusals;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;
import org.openbenefits.portalcommon.session.PortalSession;
import org.openbenefits.portalcommon.session.SessionPaths;

/**
 * Deleting the account ({@value PortalPaths#ACCOUNT_DELETION}): the page says what deletion does and does not do,
 * and asks for the password and an explicit confirmation. Once platform-api has deleted the account, the portal
 * session ends and the person lands on the sign-in page, told that the account is gone.
 */
@Controller(PortalPaths.ACCOUNT_DELETION)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountDeletionController {

    static final String VIEW = "profile/deletion";
    static final String CONFIRMED = "oui";
    private static final Map<String, String> FIELDS = Map.of("currentPassword", "currentPassword");

    private final MeApiClient me;
    private final ApiProblems problems;
    private final Texts texts;

    AccountDeletionController(MeApiClient me, ApiProblems problems, Texts texts) {
        this.me = me;
        this.problems = problems;
        this.texts = texts;
    }

    @Serdeable
    record DeletionFields(@Nullable String currentPassword, @Nullable String confirmation) {

        @Override
        public String toString() {
            return "DeletionFields[***, confirmation=" + confirmation + "]";
        }
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form() {
        return page(Form.empty());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> delete(HttpRequest<?> request, @Body DeletionFields input) {
        boolean confirmed = CONFIRMED.equals(input.confirmation());
        String password = input.currentPassword() == null ? "" : input.currentPassword();
        Form form = Form.empty().with("confirmation", confirmed ? CONFIRMED : null);
        if (password.isEmpty()) {
            form.reject("currentPassword", texts.get(request, "deletion.password.required"));
        }
        if (!confirmed) {
            form.reject("confirmation", texts.get(request, "deletion.confirmation.required"));
        }
        if (form.hasErrors()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(form));
        }
        try {
            HttpResponse<Void> answer = me.deleteAccount(new AccountDeletionRequest(password));
            // A 404 comes back as an answer rather than an exception: the account was deleted already.
            if (answer.code() >= 300 && answer.code() != HttpStatus.NOT_FOUND.getCode()) {
                throw new IllegalStateException("platform-api answered " + answer.code() + " to an account deletion");
            }
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (refusal.getStatus() == HttpStatus.NOT_FOUND) {
                return deleted(request); // deleted already, from another tab: the result the person asked for
            }
            if (ApiRefusals.refusesTheSession(refusal, problem)) {
                throw refusal;
            }
            ApiRefusals.show(form, problem, FIELDS);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(form));
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(form));
        }
        return deleted(request);
    }

    private static HttpResponse<?> deleted(HttpRequest<?> request) {
        PortalSession.ended(request);
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(SessionPaths.SIGN_IN));
        Flash.next(request, response, "deletion.done");
        return response;
    }

    private static ModelAndView<Map<String, Object>> page(Form form) {
        return new ModelAndView<>(VIEW, Map.of("form", form));
    }
}
