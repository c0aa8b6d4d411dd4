package org.openbenefits.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.regex.Pattern;

import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail.FieldError;

/**
 * Describes, in French and without the framework's wording, what the HTTP layer refuses before a controller runs: a
 * path or query parameter that is not a number, a missing parameter or body, a body the JSON reader could not read, a
 * request field that breaks a constraint. Each field at fault is named by its path in the request
 * ({@code address.line1}, {@code children[1].birthDate}) or by the parameter's name.
 */
final class InputProblems {

    /** A refusal's code, French detail and fields at fault. */
    record Described(String code, String detail, List<FieldError> errors) {
    }

    /** The title of every MALFORMED_JSON problem. */
    static final String MALFORMED_TITLE = "JSON illisible";
    static final String SEVERAL_FIELDS = "Certains champs sont à corriger : voyez le message de chacun.";

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*[.,][0-9]+([eE][+-]?[0-9]+)?|[+-]?[0-9]+[eE][+-]?[0-9]+");

    private InputProblems() {
    }

    /** The description of an error of the HTTP layer, or empty when it is not about the request's input. */
    static Optional<Described> describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case ConstraintViolationException invalid -> {
                    return Optional.of(fields(invalid.getConstraintViolations().stream()
                            .map(InputProblems::fieldOf)
                            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                            .toList()));
                }
                case ConversionErrorException conversion -> {
                    return Optional.of(conversion(conversion));
                }
                case UnsatisfiedArgumentException missing -> {
                    return Optional.of(missing(missing.getArgument()));
                }
                case UnsatisfiedRouteException missing -> {
                    return Optional.of(missing(missing.getArgument()));
                }
                case JsonSyntaxException _ -> {
                    return Optional.of(new Described(ProblemCodes.MALFORMED_JSON,
                            "Le corps de la requête n'est pas du JSON valide : vérifiez sa syntaxe.", List.of()));
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** A field the deserializer could not read, named by the path the deserializer recorded. */
    static FieldError fieldOf(SerdeException error) {
        SerdeException outermost = error;
        StringBuilder path = new StringBuilder();
        ListIterator<ReferencePath> nodes = outermost.getPath().listIterator(outermost.getPath().size());
        while (nodes.hasPrevious()) {
            ReferencePath node = nodes.previous();
            if (node instanceof CollectionItemReferencePath item) {
                path.append('[').append(item.index()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(node.getArgument().getName());
            }
        }
        return new FieldError(path.toString(), "Valeur invalide pour ce champ : vérifiez son type.",
                ProblemCodes.WRONG_TYPE);
    }

    static Described fields(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.getFirst().message() : SEVERAL_FIELDS;
        return new Described(ProblemCodes.VALIDATION_FAILED, detail, errors);
    }

    private static FieldError fieldOf(ConstraintViolation<?> violation) {
        return new FieldError(pathOf(violation.getPropertyPath()), messageOf(violation));
    }

    /**
     * The path of a violation in the request: {@code create.request.children[1].birthDate} is
     * {@code children[1].birthDate}; a parameter's own constraint is named by the parameter.
     */
    private static String pathOf(Path violationPath) {
        StringBuilder path = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violationPath) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName() == null ? "" : node.getName();
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                path.append(path.isEmpty() ? "" : ".").append(name);
            }
        }
        return path.isEmpty() ? parameter : path.toString();
    }

    /** The constraint's own French message, or a French sentence in place of the library's English default. */
    private static String messageOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.startsWith("{")) {
            return violation.getMessage();
        }
        String constraint = violation.getConstraintDescriptor() == null ? ""
                : violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "Ce champ est obligatoire.";
            case "Size" -> "La longueur de ce champ n'est pas acceptée.";
            case "Positive" -> "Indiquez un nombre supérieur à zéro.";
            case "PositiveOrZero", "Min", "Max", "DecimalMin", "DecimalMax", "Negative", "NegativeOrZero" ->
                    "Ce nombre est hors des limites acceptées.";
            case "Email" -> "Cette adresse e-mail n'est pas valide.";
            case "Past", "PastOrPresent" -> "Cette date doit être passée.";
            case "Future", "FutureOrPresent" -> "Cette date doit être à venir.";
            default -> "Cette valeur n'est pas acceptée.";
        };
    }

    private static Described conversion(ConversionErrorException conversion) {
        Argument<?> argument = conversion.getArgument();
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return new Described(ProblemCodes.MALFORMED_JSON,
                    "Le corps de la requête ne peut pas être lu : envoyez un objet JSON en UTF-8.", List.of());
        }
        String raw = conversion.getConversionError().getOriginalValue().map(String::valueOf).orElse("");
        Class<?> type = argument.getType();
        FieldError error;
        if (isWhole(type)) {
            if (WHOLE.matcher(raw.strip()).matches()) {
                error = new FieldError(argument.getName(), "Ce nombre est trop grand pour ce paramètre.",
                        ProblemCodes.OUT_OF_RANGE);
            } else if (DECIMAL.matcher(raw.strip()).matches()) {
                error = new FieldError(argument.getName(), "Un nombre entier est attendu, sans décimales.",
                        ProblemCodes.NOT_AN_INTEGER);
            } else {
                error = new FieldError(argument.getName(), "Un nombre entier est attendu.", ProblemCodes.WRONG_TYPE);
            }
        } else if (type == boolean.class || type == Boolean.class) {
            error = new FieldError(argument.getName(), "true ou false est attendu.", ProblemCodes.WRONG_TYPE);
        } else {
            error = new FieldError(argument.getName(), "Cette valeur n'est pas acceptée.", ProblemCodes.WRONG_TYPE);
        }
        return fields(List.of(error));
    }

    private static Described missing(Argument<?> argument) {
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return new Described(ProblemCodes.MALFORMED_JSON,
                    "Le corps de la requête est vide : envoyez un objet JSON.", List.of());
        }
        return fields(List.of(new FieldError(argument.getName(), "Ce paramètre est obligatoire.")));
    }

    private static boolean isWhole(Class<?> type) {
        return type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class;
    }
}
