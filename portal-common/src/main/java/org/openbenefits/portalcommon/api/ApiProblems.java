package org.openbenefits.portalcommon.api;

import java.io.IOException;
import java.util.Optional;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;

/** Reads the {@code application/problem+json} body of a refusal from platform-api. */
@Singleton
public class ApiProblems {

    private final JsonMapper json;

    ApiProblems(JsonMapper json) {
        this.json = json;
    }

    /** The refusal's problem; a generic one, in French, when the body is not a problem document. */
    public ProblemDetail of(HttpClientResponseException refusal) {
        int status = refusal.getStatus().getCode();
        return read(refusal).orElseGet(() -> new ProblemDetail("about:blank",
                "Une erreur est survenue", status,
                "Votre demande n’a pas pu aboutir. Réessayez dans quelques instants ; si le problème persiste, contactez le support.",
                status == 404 ? ProblemCodes.NOT_FOUND : ProblemCodes.INTERNAL_ERROR, null));
    }

    private Optional<ProblemDetail> read(HttpClientResponseException refusal) {
        try {
            Optional<String> body = refusal.getResponse().getBody(String.class);
            if (body.isEmpty() || body.get().isBlank()) {
                return Optional.empty();
            }
            ProblemDetail problem = json.readValue(body.get(), ProblemDetail.class);
            return problem.code() == null ? Optional.empty() : Optional.of(problem);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
