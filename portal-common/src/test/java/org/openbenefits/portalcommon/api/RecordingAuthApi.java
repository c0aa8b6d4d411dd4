package org.openbenefits.portalcommon.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ForwardedFor;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;

/**
 * platform-api's sign-in, faked on the portal's own server (see {@code PortalTestWithFakeApi}): it refuses every
 * password, as the real one does for a wrong one, and remembers the {@code X-Forwarded-For} headers it received.
 */
@Requires(property = RecordingAuthApi.PROPERTY, value = "true")
@Controller("/api/v1/auth")
@Singleton
class RecordingAuthApi {

    static final String PROPERTY = "test.recording-auth-api";

    private final List<List<String>> forwardedFor = new CopyOnWriteArrayList<>();

    @Post("/sign-in")
    HttpResponse<ProblemDetail> signIn(HttpRequest<?> request) {
        forwardedFor.add(List.copyOf(request.getHeaders().getAll(ForwardedFor.HEADER)));
        return HttpResponse.<ProblemDetail>unauthorized().contentType(ProblemDetail.MEDIA_TYPE)
                .body(new ProblemDetail("about:blank", "Connexion refusée", 401,
                        "Adresse e-mail ou mot de passe incorrect.", ProblemCodes.INVALID_CREDENTIALS, List.of()));
    }

    /** The X-Forwarded-For headers of each sign-in received, oldest first. */
    List<List<String>> forwardedFor() {
        return List.copyOf(forwardedFor);
    }

    void reset() {
        forwardedFor.clear();
    }
}
