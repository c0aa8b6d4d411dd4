package org.openbenefits.platform.web;

import java.util.Comparator;
import java.util.List;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;

/**
 * The one place where API errors take their shape: {@code application/problem+json} with a stable code, a French
 * title and message, and the fields at fault. A {@link ProblemException} brings its own code and message; a broken
 * request constraint names the JSON field; anything else is described by its HTTP status.
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
        if (cause instanceof ConstraintViolationException invalid && status == HttpStatus.BAD_REQUEST) {
            List<ProblemDetail.FieldError> fields = invalid.getConstraintViolations().stream()
                    .map(violation -> new ProblemDetail.FieldError(field(violation), violation.getMessage()))
                    .sorted(Comparator.comparing(ProblemDetail.FieldError::field)
                            .thenComparing(ProblemDetail.FieldError::message))
                    .toList();
            String detail = fields.size() == 1 ? fields.getFirst().message()
                    : "Certains champs sont à corriger : voyez le message de chacun.";
            return new ProblemDetail("about:blank", text.title(), status.getCode(), detail,
                    ProblemCodes.VALIDATION_FAILED, fields);
        }
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

    /** The JSON field of a violation: the last node of {@code signIn.request.email} is {@code email}. */
    private static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name == null ? "" : name;
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
                default -> status.getCode() >= 500
                        ? new StatusText(ProblemCodes.INTERNAL_ERROR, "Erreur interne",
                                "Une erreur inattendue s'est produite. Réessayez dans un instant ; si elle persiste, contactez le support.")
                        : new StatusText(status.name(), status.getReason(), status.getReason());
            };
        }
    }
}
