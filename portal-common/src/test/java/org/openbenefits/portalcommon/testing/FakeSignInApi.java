package org.openbenefits.portalcommon.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ForwardedFor;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.identity.IdentityRefusal;

/**
 * platform-api's sign-in, faked on the portal's own server (see {@link PortalTestWithFakeApi}) for portal-common's
 * tests that set {@value #PROPERTY}: it refuses every password as the real one does (a wrong password by default,
 * or the refusal a test chose) and remembers the {@code X-Forwarded-For} and {@code Accept-Language} headers it
 * received.
 */
@Requires(property = FakeSignInApi.PROPERTY, value = "true")
@Controller("/api/v1/auth")
@Singleton
public class FakeSignInApi {

    /** The property that switches this fake on. */
    public static final String PROPERTY = "test.fake-sign-in-api";

    /**
     * The refusal of a wrong password or an unknown address, as platform-api gives it with its default lockout (5 wrong
     * passwords lock sign-in for 15 minutes).
     */
    public static final ProblemDetail INVALID_CREDENTIALS =
            FakeProblems.refusal(IdentityRefusal.INVALID_CREDENTIALS, "attempts", 5, "minutes", 15L);

    private final List<List<String>> forwardedFor = new CopyOnWriteArrayList<>();
    private final List<String> languages = new CopyOnWriteArrayList<>();
    private volatile ProblemDetail refusal = INVALID_CREDENTIALS;

    @Post("/sign-in")
    HttpResponse<ProblemDetail> signIn(HttpRequest<?> request) {
        forwardedFor.add(List.copyOf(request.getHeaders().getAll(ForwardedFor.HEADER)));
        languages.add(String.valueOf(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)));
        return FakeProblems.response(refusal);
    }

    /** Refuses every sign-in with this problem from now on. */
    public void refuseWith(ProblemDetail problem) {
        this.refusal = problem;
    }

    /** The X-Forwarded-For headers of each sign-in received, oldest first. */
    public List<List<String>> forwardedFor() {
        return List.copyOf(forwardedFor);
    }

    /** The Accept-Language header of each sign-in received, oldest first ("null" when there was none). */
    public List<String> languages() {
        return List.copyOf(languages);
    }

    /** Back to refusing wrong passwords, with nothing received. */
    public void reset() {
        forwardedFor.clear();
        languages.clear();
        refusal = INVALID_CREDENTIALS;
    }
}
