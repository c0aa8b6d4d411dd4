package org.openbenefits.portalcommon.session;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.AuthApiClient;
import org.openbenefits.contract.api.me.EmailChangeConfirmation;
import org.openbenefits.contract.api.me.EmailChangeConfirmed;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * The link e-mailed to a new sign-in address ({@code /email-de-connexion/confirmer?jeton=...}), in both portals,
 * signed in or not. Opening it shows a button rather than changing anything, so that a mail scanner following links
 * changes nothing; the button makes platform-api change the address, which ends every session of the account, so
 * this browser's session ends too and the person is sent to sign in with the new address. A spent, replaced or
 * expired link shows the shared invalid-link page.
 */
@Controller(SessionPaths.EMAIL_CHANGE_CONFIRMATION)
@ExecuteOn(TaskExecutors.BLOCKING)
class EmailChangeConfirmationController {

    static final String VIEW = "session/email-change-confirm";
    private static final String TOKEN = "jeton";

    private final AuthApiClient auth;
    private final ApiProblems problems;
    private final Texts texts;

    EmailChangeConfirmationController(AuthApiClient auth, ApiProblems problems, Texts texts) {
        this.auth = auth;
        this.problems = problems;
        this.texts = texts;
    }

    @Serdeable
    record ConfirmationForm(@Nullable String jeton) {

        @Override
        public String toString() {
            return "ConfirmationForm[***]";
        }
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> page(@Nullable @QueryValue(TOKEN) String jeton) {
        if (jeton == null || jeton.isBlank()) {
            return invalid(HttpStatus.BAD_REQUEST, "emailChange.invalid.incomplete");
        }
        return HttpResponse.ok(page(Form.empty().with(TOKEN, jeton)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(HttpRequest<?> request, @Body ConfirmationForm input) {
        String jeton = input.jeton() == null ? "" : input.jeton().strip();
        if (jeton.isEmpty()) {
            return invalid(HttpStatus.BAD_REQUEST, "emailChange.invalid.incomplete");
        }
        Form form = Form.empty().with(TOKEN, jeton);
        EmailChangeConfirmed confirmed;
        try {
            confirmed = auth.confirmEmailChange(new EmailChangeConfirmation(jeton));
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            return switch (ApiProblems.code(problem)) {
                case IdentityRefusal.EMAIL_TAKEN_MEANWHILE -> invalid(HttpStatus.CONFLICT, "emailChange.invalid.taken");
                case GeneralRefusal.TOO_MANY_REQUESTS -> {
                    // how long to wait, then that the link still works: this refusal spent nothing
                    form.fail(problem.detail() + " " + texts.get(request, "emailChange.linkStillValid"));
                    yield HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(page(form));
                }
                case null, default -> invalid(HttpStatus.GONE, "emailChange.invalid.used");
            };
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "emailChange.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(form));
        }
        // platform-api closed every session of the account: this browser's goes too.
        PortalSession.ended(request);
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(SessionPaths.SIGN_IN));
        Flash.next(request, response, "emailChange.confirmed", confirmed.email());
        return response;
    }

    private static ModelAndView<Map<String, Object>> page(Form form) {
        return new ModelAndView<>(VIEW, Map.of("form", form));
    }

    private static HttpResponse<?> invalid(HttpStatus status, String messageKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("messageKey", messageKey);
        model.put("detail", null);
        model.put("kind", "emailChange");
        return HttpResponse.status(status).body(new ModelAndView<>(ActivationController.INVALID_VIEW, model));
    }
}
