package org.openbenefits.portalcommon.session;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.AuthApiClient;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.invitation.InvitationAcceptance;
import org.openbenefits.contract.api.invitation.InvitationDetails;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * Account activation from the invitation e-mail ({@code /activation?jeton=...}): the person sees who invited them,
 * chooses a password while the rules tick themselves off, and lands signed in.
 */
@Controller(SessionPaths.ACTIVATION)
@ExecuteOn(TaskExecutors.BLOCKING)
class ActivationController {

    static final String VIEW = "session/activation";
    static final String INVALID_VIEW = "session/link-invalid";
    static final String TOKEN = "jeton";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final AuthApiClient auth;
    private final ApiProblems problems;
    private final PasswordRules rules;
    private final PortalAccess access;
    private final AccessTokenVerifier verifier;
    private final Texts texts;

    ActivationController(AuthApiClient auth, ApiProblems problems, PasswordRules rules, PortalAccess access,
                         AccessTokenVerifier verifier, Texts texts) {
        this.auth = auth;
        this.texts = texts;
        this.problems = problems;
        this.rules = rules;
        this.access = access;
        this.verifier = verifier;
    }

    @Serdeable
    record ActivationForm(@Nullable String jeton, @Nullable String password, @Nullable String confirmation) {

        @Override
        public String toString() {
            return "ActivationForm[***]";
        }
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> form(@Nullable @QueryValue(TOKEN) String jeton) {
        if (jeton == null || jeton.isBlank()) {
            return invalid(HttpStatus.BAD_REQUEST, "activation.invalid.incomplete", null);
        }
        try {
            InvitationDetails invitation = auth.invitation(jeton);
            if (invitation == null) {
                return unknownLink();
            }
            return HttpResponse.ok(page(invitation, Form.empty().with(TOKEN, jeton)));
        } catch (HttpClientResponseException refusal) {
            return invalidLink(problems.of(refusal));
        }
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> activate(HttpRequest<?> request, @Body ActivationForm input) {
        String jeton = input.jeton() == null ? "" : input.jeton();
        InvitationDetails invitation;
        try {
            invitation = auth.invitation(jeton);
        } catch (HttpClientResponseException refusal) {
            return invalidLink(problems.of(refusal));
        }
        if (invitation == null) {
            return unknownLink();
        }
        Form form = Form.empty().with(TOKEN, jeton);
        String password = input.password() == null ? "" : input.password();
        if (password.isEmpty()) {
            form.reject("password", texts.get(request, "password.error.missing"));
        } else if (!password.equals(input.confirmation())) {
            form.reject("confirmation", texts.get(request, "password.error.mismatch"));
        }
        if (form.hasErrors()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(invitation, form));
        }
        SignInResponse session;
        try {
            session = auth.acceptInvitation(jeton, new InvitationAcceptance(password));
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (isLinkProblem(problem)) {
                return invalidLink(problem);
            }
            form.reject(problem, Map.of("password", "password"));
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(invitation, form));
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "link.unreachable"));
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(invitation, form));
        }
        if (!access.roles().contains(session.user().role())) {
            return HttpResponse.seeOther(URI.create(access.otherPortalUrl() + SessionPaths.SIGN_IN));
        }
        PortalSession.opened(request, session);
        String home = verifier.verify(session.accessToken()).map(access::home).orElse("/");
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(home));
        Flash.next(request, response, "activation.welcome");
        return response;
    }

    private static boolean isLinkProblem(ProblemDetail problem) {
        return ApiProblems.is(problem, IdentityRefusal.INVITATION_NOT_FOUND, IdentityRefusal.INVITATION_EXPIRED,
                IdentityRefusal.INVITATION_ALREADY_USED);
    }

    private ModelAndView<Map<String, Object>> page(InvitationDetails invitation, Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("invitation", invitation);
        model.put("form", form);
        model.put("rules", rules.check("", invitation.email()));
        model.put("expiresAt", EXPIRY.format(invitation.expiresAt().atZone(PARIS)));
        return new ModelAndView<>(VIEW, model);
    }

    /**
     * The link names no invitation: platform-api answered 404, which Micronaut's declarative client turns into no
     * invitation at all rather than an exception.
     */
    private static HttpResponse<?> unknownLink() {
        return invalid(HttpStatus.GONE, "activation.invalid.unknown", null);
    }

    /** The invalid-link page, saying why; too many attempts from one connection says how long to wait instead. */
    private static HttpResponse<?> invalidLink(ProblemDetail problem) {
        String key = switch (ApiProblems.code(problem)) {
            case IdentityRefusal.INVITATION_EXPIRED -> "activation.invalid.expired";
            case IdentityRefusal.INVITATION_ALREADY_USED -> "activation.invalid.used";
            case GeneralRefusal.TOO_MANY_REQUESTS -> null;
            case null, default -> "activation.invalid.unknown";
        };
        HttpStatus status = problem.status() == 429 ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.GONE;
        return invalid(status, key, key == null ? problem.detail() : null);
    }

    static HttpResponse<?> invalid(HttpStatus status, @Nullable String messageKey, @Nullable String detail) {
        Map<String, Object> model = new HashMap<>();
        model.put("messageKey", messageKey);
        model.put("detail", detail);
        model.put("kind", "activation");
        return HttpResponse.status(status).body(new ModelAndView<>(INVALID_VIEW, model));
    }
}
