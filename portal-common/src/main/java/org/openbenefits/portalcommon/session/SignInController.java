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
import org.openbenefits.contract.api.auth.AuthApiClient;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.auth.SignOutRequest;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.i18n.LanguageCookie;
import org.openbenefits.portalcommon.i18n.LocalPath;
import org.openbenefits.portalcommon.i18n.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in and out, in both portals. Signing in asks platform-api, keeps its tokens in HttpOnly cookies and
 * takes the person back to the page they asked for; a person of another portal's role is signed straight out again
 * and told where to go. Signing out revokes the refresh token at platform-api and expires the cookies.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {

    static final String VIEW = "session/sign-in";
    private static final Logger LOG = LoggerFactory.getLogger(SignInController.class);

    private final AuthApiClient auth;
    private final ApiProblems problems;
    private final PortalAccess access;
    private final AccessTokenVerifier verifier;
    private final Texts texts;

    SignInController(AuthApiClient auth, ApiProblems problems, PortalAccess access, AccessTokenVerifier verifier,
                     Texts texts) {
        this.auth = auth;
        this.texts = texts;
        this.verifier = verifier;
        this.problems = problems;
        this.access = access;
    }

    /** The sign-in form's fields. */
    @Serdeable
    record SignInForm(@Nullable String email, @Nullable String password, @Nullable String retour) {
    }

    @Get(uri = SessionPaths.SIGN_IN, produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue(SessionPaths.RETURN_TO) String retour) {
        var signedIn = PortalSession.user(request).filter(user -> access.roles().contains(user.role()));
        if (signedIn.isPresent()) {
            return HttpResponse.seeOther(URI.create(destination(retour, signedIn.get())));
        }
        return HttpResponse.ok(page(Form.empty().with(SessionPaths.RETURN_TO, retour), false));
    }

    @Post(uri = SessionPaths.SIGN_IN, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body SignInForm input) {
        String email = input.email() == null ? "" : input.email().strip();
        Form form = Form.empty().with("email", email).with(SessionPaths.RETURN_TO, input.retour());
        if (email.isEmpty()) {
            form.reject("email", texts.get(request, "signIn.error.email"));
        }
        if (input.password() == null || input.password().isEmpty()) {
            form.reject("password", texts.get(request, "signIn.error.password"));
        }
        if (form.hasErrors()) {
            return refused(form, false);
        }
        SignInResponse session;
        try {
            session = auth.signIn(new SignInRequest(email, input.password()));
        } catch (HttpClientResponseException refusal) {
            // A wrong password and an unknown address read alike (auth.invalid-credentials), locked or not; a lock
            // and too many attempts say how long to wait: the common bundle words each from its parameters.
            return refused(form.reject(problems.of(refusal)), false);
        } catch (HttpClientException unreachable) {
            LOG.warn("Sign-in impossible: platform-api did not answer ({})", unreachable.getMessage());
            return refused(form.fail(texts.get(request, "signIn.unreachable")), false);
        }
        if (!access.roles().contains(session.user().role())) {
            signOutQuietly(session.refreshToken());
            return refused(form, true);
        }
        PortalSession.opened(request, session);
        String target = destination(input.retour(), null);
        if ("/".equals(target)) {
            target = homeOf(session);
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(target));
        // The person's saved language; one the portals do not speak reads as French, as it would from the cookie.
        Language language = Language.fromTag(session.user().language()).orElse(Language.DEFAULT);
        response.cookie(LanguageCookie.of(language, request));
        return response;
    }

    @Post(uri = SessionPaths.SIGN_OUT, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        SessionCookies.refresh(request).ifPresent(this::signOutQuietly);
        PortalSession.ended(request);
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(SessionPaths.SIGN_IN));
        Flash.next(request, response, "session.signedOut");
        return response;
    }

    private String homeOf(SignInResponse session) {
        return verifier.verify(session.accessToken()).map(access::home).orElse("/");
    }

    private String destination(@Nullable String retour, @Nullable SignedInUser user) {
        String asked = LocalPath.orHome(retour);
        if ("/".equals(asked) && user != null) {
            return access.home(user);
        }
        return asked;
    }

    private void signOutQuietly(String refreshToken) {
        try {
            auth.signOut(new SignOutRequest(refreshToken));
        } catch (HttpClientException e) {
            // The cookies go anyway; an unrevoked refresh token still expires by itself.
            LOG.warn("Sign-out could not reach platform-api ({})", e.getMessage());
        }
    }

    private HttpResponse<?> refused(Form form, boolean wrongPortal) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(form, wrongPortal));
    }

    private ModelAndView<Map<String, Object>> page(Form form, boolean wrongPortal) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("wrongPortal", wrongPortal);
        model.put("wrongPortalMessageKey", access.wrongPortalMessageKey());
        model.put("otherPortalUrl", access.otherPortalUrl());
        return new ModelAndView<>(VIEW, model);
    }
}
