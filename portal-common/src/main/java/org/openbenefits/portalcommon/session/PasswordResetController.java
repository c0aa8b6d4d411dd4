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
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.AuthApiClient;
import org.openbenefits.contract.api.auth.PasswordResetConfirmation;
import org.openbenefits.contract.api.auth.PasswordResetRequest;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * "Mot de passe oublié" in both portals: asking for a reset link by e-mail (the answer never reveals whether the
 * address has an account), then choosing a new password from the link ({@code /mot-de-passe/nouveau?jeton=...},
 * single use, valid one hour).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordResetController {

    static final String REQUEST_VIEW = "session/password-forgotten";
    static final String SENT_VIEW = "session/password-sent";
    static final String NEW_VIEW = "session/password-new";
    private static final String TOKEN = "jeton";

    private final AuthApiClient auth;
    private final ApiProblems problems;
    private final PasswordRules rules;
    private final HttpLocaleResolver locales;
    private final Texts texts;

    PasswordResetController(AuthApiClient auth, ApiProblems problems, PasswordRules rules, HttpLocaleResolver locales,
                            Texts texts) {
        this.locales = locales;
        this.texts = texts;
        this.auth = auth;
        this.problems = problems;
        this.rules = rules;
    }

    @Serdeable
    record ForgottenForm(@Nullable String email) {
    }

    @Serdeable
    record NewPasswordForm(@Nullable String jeton, @Nullable String password, @Nullable String confirmation) {

        @Override
        public String toString() {
            return "NewPasswordForm[***]";
        }
    }

    @Get(uri = SessionPaths.PASSWORD_FORGOTTEN, produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> forgotten() {
        return new ModelAndView<>(REQUEST_VIEW, Map.of("form", Form.empty()));
    }

    @Post(uri = SessionPaths.PASSWORD_FORGOTTEN, consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> sendLink(HttpRequest<?> request, @Body ForgottenForm input) {
        String email = input.email() == null ? "" : input.email().strip();
        Form form = Form.empty().with("email", email);
        if (email.isEmpty()) {
            form.reject("email", texts.get(request, "password.forgotten.error.email"));
        } else {
            try {
                auth.requestPasswordReset(new PasswordResetRequest(email, Language.of(locales.resolveOrDefault(request)).tag()));
                return HttpResponse.ok(new ModelAndView<>(SENT_VIEW, Map.of("email", email)));
            } catch (HttpClientResponseException refusal) {
                form.reject(problems.of(refusal));
            } catch (HttpClientException unreachable) {
                form.fail(texts.get(request, "password.forgotten.unreachable"));
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>(REQUEST_VIEW, Map.of("form", form)));
    }

    @Get(uri = SessionPaths.PASSWORD_NEW, produces = MediaType.TEXT_HTML)
    HttpResponse<?> newPassword(@Nullable @QueryValue(TOKEN) String jeton) {
        if (jeton == null || jeton.isBlank()) {
            return linkInvalid(HttpStatus.BAD_REQUEST);
        }
        return HttpResponse.ok(newPasswordPage(Form.empty().with(TOKEN, jeton)));
    }

    @Post(uri = SessionPaths.PASSWORD_NEW, consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> setPassword(HttpRequest<?> request, @Body NewPasswordForm input) {
        String jeton = input.jeton() == null ? "" : input.jeton();
        if (jeton.isBlank()) {
            return linkInvalid(HttpStatus.BAD_REQUEST);
        }
        Form form = Form.empty().with(TOKEN, jeton);
        String password = input.password() == null ? "" : input.password();
        if (password.isEmpty()) {
            form.reject("password", texts.get(request, "password.error.missingNew"));
        } else if (!password.equals(input.confirmation())) {
            form.reject("confirmation", texts.get(request, "password.error.mismatch"));
        }
        if (!form.hasErrors()) {
            try {
                auth.confirmPasswordReset(new PasswordResetConfirmation(jeton, password));
                MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(SessionPaths.SIGN_IN));
                Flash.next(request, response, "password.changed");
                return response;
            } catch (HttpClientResponseException refusal) {
                ProblemDetail problem = problems.of(refusal);
                if (ApiProblems.is(problem, IdentityRefusal.RESET_LINK_INVALID)) {
                    return linkInvalid(HttpStatus.GONE);
                }
                form.reject(problem, Map.of("newPassword", "password"));
            } catch (HttpClientException unreachable) {
                form.fail(texts.get(request, "link.unreachable"));
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(newPasswordPage(form));
    }

    private ModelAndView<Map<String, Object>> newPasswordPage(Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("rules", rules.check("", null));
        return new ModelAndView<>(NEW_VIEW, model);
    }

    private static HttpResponse<?> linkInvalid(HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("messageKey", "password.invalidLink");
        model.put("detail", null);
        model.put("kind", "reset");
        return HttpResponse.status(status).body(new ModelAndView<>(ActivationController.INVALID_VIEW, model));
    }
}
