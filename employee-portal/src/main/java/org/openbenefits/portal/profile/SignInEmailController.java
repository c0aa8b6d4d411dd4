package org.openbenefits.portal.profile;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.openbenefits.contract.api.me.PendingEmailChange;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.portal.PortalPaths;
import org.openbenefits.portal.web.ApiRefusals;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * Changing the sign-in e-mail address ({@value PortalPaths#SIGN_IN_EMAIL}), asked for with the current password.
 * platform-api e-mails a confirmation link to the new address and tells the current one; the address changes only
 * when the link is used (portal-common's confirmation page). Meanwhile the page and "Mon profil" show the pending
 * change, whose link can be sent again or which can be cancelled. An address another account uses, or a wrong
 * password, comes back beside its field.
 */
@Controller(PortalPaths.SIGN_IN_EMAIL)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInEmailController {

    static final String VIEW = "profile/sign-in-email";
    private static final Map<String, String> FIELDS = Map.of("newEmail", "newEmail", "currentPassword", "currentPassword");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

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

    /** When a pending change's link stops working, as "Mon profil" and this page write it (Paris time). */
    static String expiry(PendingEmailChange pending) {
        return EXPIRY.format(pending.expiresAt());
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form() {
        return page(ApiRefusals.found(me.profile()), Form.empty());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(HttpRequest<?> request, @Body EmailChangeFields input) {
        ProfileView profile = ApiRefusals.found(me.profile());
        String newEmail = input.newEmail() == null ? "" : input.newEmail().strip();
        String password = input.currentPassword() == null ? "" : input.currentPassword();
        Form form = Form.empty().with("newEmail", newEmail);
        if (newEmail.isEmpty()) {
            form.reject("newEmail", texts.get(request, "signInEmail.newEmail.required"));
        } else if (newEmail.equalsIgnoreCase(profile.email())) {
            form.reject("newEmail", texts.get(request, "signInEmail.newEmail.same"));
        }
        if (password.isEmpty()) {
            form.reject("currentPassword", texts.get(request, "signInEmail.password.required"));
        }
        if (form.hasErrors()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(profile, form));
        }
        PendingEmailChange pending;
        try {
            pending = me.changeEmail(new EmailChangeRequest(password, newEmail));
        } catch (HttpClientResponseException refusal) {
            return refused(refusal, profile, form);
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(profile, form));
        }
        return toProfile(request, "signInEmail.sent", pending.newEmail(), expiry(pending));
    }

    @Post(uri = "/renvoi", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> resend(HttpRequest<?> request) {
        Form form = Form.empty();
        PendingEmailChange pending;
        try {
            pending = me.resendEmailConfirmation();
        } catch (HttpClientResponseException refusal) {
            return refused(refusal, ApiRefusals.found(me.profile()), form);
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(ApiRefusals.found(me.profile()), form));
        }
        if (pending == null) {
            // Expired, confirmed or cancelled meanwhile (in another tab, for instance).
            return toProfile(request, "signInEmail.nothingPending");
        }
        return toProfile(request, "signInEmail.resent", pending.newEmail(), expiry(pending));
    }

    @Post(uri = "/annulation", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> cancel(HttpRequest<?> request) {
        try {
            me.cancelEmailChange();
        } catch (HttpClientResponseException refusal) {
            return refused(refusal, ApiRefusals.found(me.profile()), Form.empty());
        } catch (HttpClientException unreachable) {
            Form form = Form.empty();
            form.fail(texts.get(request, "api.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(ApiRefusals.found(me.profile()), form));
        }
        return toProfile(request, "signInEmail.cancelled");
    }

    /** The page again, the refusal on the form; a session the API no longer accepts is left to the shared pages. */
    private HttpResponse<?> refused(HttpClientResponseException refusal, ProfileView profile, Form form) {
        ProblemDetail problem = problems.of(refusal);
        if (ApiRefusals.refusesTheSession(refusal, problem)) {
            throw refusal;
        }
        if (ApiProblems.is(problem, IdentityRefusal.EMAIL_CHANGE_LIMIT_REACHED)) {
            // the account's share of confirmation e-mails, with the minutes to wait: above the form
            form.fail(problem.detail());
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(page(profile, form));
        }
        ApiRefusals.show(form, problem, FIELDS);
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(profile, form));
    }

    private static HttpResponse<?> toProfile(HttpRequest<?> request, String messageKey, String... arguments) {
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(PortalPaths.PROFILE));
        Flash.next(request, response, messageKey, arguments);
        return response;
    }

    private static ModelAndView<Map<String, Object>> page(ProfileView profile, Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("currentEmail", profile.email());
        model.put("pending", profile.pendingEmailChange());
        model.put("pendingUntil", profile.pendingEmailChange() == null ? null : expiry(profile.pendingEmailChange()));
        model.put("form", form);
        return new ModelAndView<>(VIEW, model);
    }
}
