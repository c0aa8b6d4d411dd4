package org.openbenefits.portalcommon.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ForwardedFor;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;

/**
 * platform-api's sign-in, faked on the portal's own server (see {@link PortalTestWithFakeApi}) for portal-common's
 * tests that set {@value #PROPERTY}: it refuses every password as the real one does (a wrong password by default,
 * or the refusal a test chose) and remembers the {@code X-Forwarded-For} headers it received.
 */
@Requires(property = FakeSignInApi.PROPERTY, value = "true")
@Controller("/api/v1/auth")
@Singleton
public class FakeSignInApi {

    /** The property that switches this fake on. */
    public static final String PROPERTY = "test.fake-sign-in-api";

    /** The refusal of a wrong password or an unknown address, as platform-api words it. */
    public static final ProblemDetail INVALID_CREDENTIALS = new ProblemDetail("about:blank", "Connexion refusée", 401,
            "Adresse e-mail ou mot de passe incorrect.", ProblemCodes.INVALID_CREDENTIALS, List.of());

    private final List<List<String>> forwardedFor = new CopyOnWriteArrayList<>();
    private volatile ProblemDetail refusal = INVALID_CREDENTIALS;

    @Post("/sign-in")
    HttpResponse<ProblemDetail> signIn(HttpRequest<?> request) {
        forwardedFor.add(List.copyOf(request.getHeaders().getAll(ForwardedFor.HEADER)));
        MutableHttpResponse<ProblemDetail> response = HttpResponse.<ProblemDetail>status(
                HttpStatus.valueOf(refusal.status())).contentType(ProblemDetail.MEDIA_TYPE).body(refusal);
        if (refusal.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, refusal.retryAfter().toString());
        }
        return response;
    }

    /** Refuses every sign-in with this problem from now on. */
    public void refuseWith(ProblemDetail problem) {
        this.refusal = problem;
    }

    /** The X-Forwarded-For headers of each sign-in received, oldest first. */
    public List<List<String>> forwardedFor() {
        return List.copyOf(forwardedFor);
    }

    /** Back to refusing wrong passwords, with nothing received. */
    public void reset() {
        forwardedFor.clear();
        refusal = INVALID_CREDENTIALS;
    }
}
