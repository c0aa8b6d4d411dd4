package org.openbenefits.platform.web;

import java.util.List;
import java.util.Optional;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;

/**
 * The one place where API errors take their shape: {@code application/problem+json} with a stable code, a French
 * title and message, and the fields at fault. A {@link ProblemException} brings its own code and message; input the
 * HTTP layer refuses is described by {@link InputProblems}; anything else by its HTTP status alone, never by the
 * framework's message (which names Java types and internals).
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<ProblemDetail> {

    @Override
    public ProblemDetail body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.status();
        StatusText text = StatusText.of(status);
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ProblemException problem) {
            String title = problem.title() != null ? problem.title() : text.title();
            return new ProblemDetail("about:blank", title, status.getCode(), problem.detail(), problem.code(),
                    problem.errors(), problem.retryAfterSeconds(), problem.parameters());
        }
        if (cause != null && status == HttpStatus.BAD_REQUEST) {
            Optional<InputProblems.Described> input = InputProblems.describe(cause);
            if (input.isPresent()) {
                String title = ProblemCodes.MALFORMED_JSON.equals(input.get().code()) ? InputProblems.MALFORMED_TITLE
                        : text.title();
                return new ProblemDetail("about:blank", title, status.getCode(), input.get().detail(),
                        input.get().code(), input.get().errors());
            }
        }
        // The framework's own messages name Java types and internals: the status says enough
        return new ProblemDetail("about:blank", text.title(), status.getCode(), text.detail(), text.code(), List.of());
    }

    @Override
    public String contentType() {
        return ProblemDetail.MEDIA_TYPE;
    }

    private record StatusText(String code, String title, String detail) {

        static StatusText of(HttpStatus status) {
            return switch (status) {
                case BAD_REQUEST -> new StatusText(ProblemCodes.BAD_REQUEST, "Requête invalide",
                        "La requête est incomplète ou mal formée : corrigez les champs indiqués.");
                case UNAUTHORIZED -> new StatusText(ProblemCodes.UNAUTHORIZED, "Authentification requise",
                        "Connectez-vous puis réessayez.");
                case FORBIDDEN -> new StatusText(ProblemCodes.FORBIDDEN, "Accès refusé",
                        "Votre compte ne permet pas cette action.");
                case NOT_FOUND -> new StatusText(ProblemCodes.NOT_FOUND, "Ressource introuvable",
                        "Cette ressource n'existe pas ou n'est pas accessible avec votre compte.");
                case METHOD_NOT_ALLOWED -> new StatusText(ProblemCodes.METHOD_NOT_ALLOWED, "Méthode non autorisée",
                        "Cette adresse n'accepte pas cette méthode HTTP.");
                case UNSUPPORTED_MEDIA_TYPE -> new StatusText(ProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                        "Format non pris en charge", "Envoyez le corps de la requête en application/json.");
                case CONFLICT -> new StatusText(ProblemCodes.CONFLICT, "Conflit",
                        "La ressource a changé entre-temps : rechargez-la puis réessayez.");
                case GONE -> new StatusText("GONE", "Lien expiré", "Ce lien n'est plus valable.");
                case LOCKED -> new StatusText("LOCKED", "Compte bloqué temporairement",
                        "Ce compte est bloqué temporairement : réessayez plus tard.");
                case TOO_MANY_REQUESTS -> new StatusText(ProblemCodes.TOO_MANY_REQUESTS, "Trop de demandes",
                        "Trop de demandes en peu de temps : patientez un instant puis réessayez.");
                case NOT_ACCEPTABLE -> new StatusText("NOT_ACCEPTABLE", "Format de réponse non disponible",
                        "Cette adresse répond en application/json : acceptez ce format.");
                case REQUEST_ENTITY_TOO_LARGE -> new StatusText("PAYLOAD_TOO_LARGE", "Requête trop volumineuse",
                        "Le corps de la requête est trop volumineux : envoyez-en un plus petit.");
                case REQUEST_URI_TOO_LONG -> new StatusText("URI_TOO_LONG", "Adresse trop longue",
                        "L'adresse de la requête est trop longue : raccourcissez-la.");
                case REQUEST_HEADER_FIELDS_TOO_LARGE -> new StatusText("HEADERS_TOO_LARGE", "En-têtes trop volumineux",
                        "Les en-têtes de la requête sont trop volumineux.");
                default -> status.getCode() >= 500
                        ? new StatusText(ProblemCodes.INTERNAL_ERROR, "Erreur interne",
                                "Une erreur inattendue s'est produite. Réessayez dans un instant ; si elle persiste, contactez le support.")
                        : new StatusText(status.name(), "Requête refusée",
                                "La requête ne peut pas être traitée (statut HTTP " + status.getCode() + ").");
            };
        }
    }
}
