package org.openbenefits.platform.web;

import java.util.List;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail;

/**
 * The one place where API errors take their shape: {@code application/problem+json} with a stable code, a French
 * title and message, and the fields at fault.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<ProblemDetail> {

    @Override
    public ProblemDetail body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.status();
        StatusText text = StatusText.of(status);
        List<ProblemDetail.FieldError> fields = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new ProblemDetail.FieldError(error.getPath().get(), error.getMessage()))
                .toList();
        String detail = status.getCode() >= 500 || context.getErrors().isEmpty()
                ? text.detail()
                : context.getErrors().getFirst().getMessage();
        return new ProblemDetail("about:blank", text.title(), status.getCode(), detail, text.code(), fields);
    }

    @Override
    public String contentType() {
        return ProblemDetail.MEDIA_TYPE;
    }

    private record StatusText(String code, String title, String detail) {

        static StatusText of(HttpStatus status) {
            return switch (status) {
                case BAD_REQUEST -> new StatusText("BAD_REQUEST", "Requête invalide",
                        "La requête est incomplète ou mal formée : corrigez les champs indiqués.");
                case UNAUTHORIZED -> new StatusText("UNAUTHORIZED", "Authentification requise",
                        "Connectez-vous puis réessayez.");
                case FORBIDDEN -> new StatusText("FORBIDDEN", "Accès refusé",
                        "Votre compte ne permet pas cette action.");
                case NOT_FOUND -> new StatusText("NOT_FOUND", "Ressource introuvable",
                        "Cette ressource n'existe pas ou n'est pas accessible avec votre compte.");
                case METHOD_NOT_ALLOWED -> new StatusText("METHOD_NOT_ALLOWED", "Méthode non autorisée",
                        "Cette adresse n'accepte pas cette méthode HTTP.");
                case UNSUPPORTED_MEDIA_TYPE -> new StatusText("UNSUPPORTED_MEDIA_TYPE", "Format non pris en charge",
                        "Envoyez le corps de la requête en application/json.");
                case CONFLICT -> new StatusText("CONFLICT", "Conflit",
                        "La ressource a changé entre-temps : rechargez-la puis réessayez.");
                default -> status.getCode() >= 500
                        ? new StatusText("INTERNAL_ERROR", "Erreur interne",
                                "Une erreur inattendue s'est produite. Réessayez dans un instant ; si elle persiste, contactez le support.")
                        : new StatusText(status.name(), status.getReason(), status.getReason());
            };
        }
    }
}
