package org.openbenefits.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
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
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * What the HTTP layer refuses before a controller runs, as refusals with codes: a path or query parameter that is not
 * a number, a missing parameter or body, a body the JSON reader could not read, a request field that breaks a
 * constraint of the contract's records. Each field at fault is named by its path in the request
 * ({@code address.line1}, {@code children[1].birthDate}) or by the parameter's name. A constraint whose message is a
 * field code of the catalogue ({@code message = "{field.invalid-email}"}) takes that code; the standard constraints
 * take the code of their rule, with its bounds as parameters.
 */
final class InputProblems {

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]*[.,][0-9]+([eE][+-]?[0-9]+)?|[+-]?[0-9]+[eE][+-]?[0-9]+");

    private InputProblems() {
    }

    /** The refusal of an error of the HTTP layer, or empty when it is not about the request's input. */
    static Optional<Refusal> describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case ConstraintViolationException invalid -> {
                    return Optional.of(Refusal.invalid(invalid.getConstraintViolations().stream()
                            .map(InputProblems::fieldOf)
                            .sorted(Comparator.comparing(FieldRefusal::field)
                                    .thenComparing(field -> field.code().code()))
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
                    return Optional.of(Refusal.of(GeneralRefusal.MALFORMED_JSON));
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** A field the deserializer could not read, named by the path the deserializer recorded. */
    static FieldRefusal fieldOf(SerdeException error) {
        StringBuilder path = new StringBuilder();
        ListIterator<ReferencePath> nodes = error.getPath().listIterator(error.getPath().size());
        while (nodes.hasPrevious()) {
            ReferencePath node = nodes.previous();
            if (node instanceof CollectionItemReferencePath item) {
                path.append('[').append(item.index()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(node.getArgument().getName());
            }
        }
        return FieldRefusal.of(path.toString(), FieldCode.WRONG_TYPE);
    }

    private static FieldRefusal fieldOf(ConstraintViolation<?> violation) {
        return ruleOf(violation).on(pathOf(violation.getPropertyPath()));
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

    /** The rule a violation breaks: the catalogue code of its message, or the code of the standard constraint. */
    private static FieldRefusal ruleOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate() == null ? "" : violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            Optional<FieldRefusal> named = RefusalCatalogue.find(template.substring(1, template.length() - 1))
                    .filter(code -> code.kind() == RefusalKind.FIELD && code.parameters().isEmpty())
                    .map(code -> FieldRefusal.of("", code));
            if (named.isPresent()) {
                return named.get();
            }
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor() == null ? Map.of()
                : violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor() == null ? ""
                : violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldRefusal.of("", FieldCode.REQUIRED);
            case "Size" -> size(violation.getInvalidValue(), attributes);
            case "Positive" -> FieldRefusal.of("", FieldCode.NOT_POSITIVE);
            case "PositiveOrZero" -> FieldRefusal.of("", FieldCode.TOO_SMALL, "min", 0L);
            case "Min", "DecimalMin" -> FieldRefusal.of("", FieldCode.TOO_SMALL, "min", bound(attributes.get("value")));
            case "Max", "DecimalMax" -> FieldRefusal.of("", FieldCode.TOO_LARGE, "max", bound(attributes.get("value")));
            case "Email" -> FieldRefusal.of("", FieldCode.INVALID_EMAIL);
            case "Past", "PastOrPresent" -> FieldRefusal.of("", FieldCode.NOT_PAST);
            case "Future", "FutureOrPresent" -> FieldRefusal.of("", FieldCode.NOT_FUTURE);
            default -> FieldRefusal.of("", FieldCode.INVALID_VALUE);
        };
    }

    private static FieldRefusal size(Object value, Map<String, Object> attributes) {
        int length = switch (value) {
            case CharSequence text -> text.length();
            case java.util.Collection<?> items -> items.size();
            case null, default -> 0;
        };
        int max = attributes.get("max") instanceof Integer m ? m : Integer.MAX_VALUE;
        int min = attributes.get("min") instanceof Integer m ? m : 0;
        return length > max ? FieldRefusal.of("", FieldCode.TOO_LONG, "max", (long) max)
                : FieldRefusal.of("", FieldCode.TOO_SHORT, "min", (long) min);
    }

    private static Long bound(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return new java.math.BigDecimal(String.valueOf(value)).longValue();
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    private static Refusal conversion(ConversionErrorException conversion) {
        Argument<?> argument = conversion.getArgument();
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return Refusal.of(GeneralRefusal.MALFORMED_JSON);
        }
        String raw = conversion.getConversionError().getOriginalValue().map(String::valueOf).orElse("");
        Class<?> type = argument.getType();
        String name = argument.getName();
        if (isWhole(type)) {
            if (WHOLE.matcher(raw.strip()).matches()) {
                long max = type == long.class || type == Long.class ? Long.MAX_VALUE : Integer.MAX_VALUE;
                return Refusal.onField(name, FieldCode.TOO_LARGE, "max", max);
            }
            return DECIMAL.matcher(raw.strip()).matches() ? Refusal.onField(name, FieldCode.NOT_AN_INTEGER)
                    : Refusal.onField(name, FieldCode.EXPECTED_INTEGER);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Refusal.onField(name, FieldCode.EXPECTED_BOOLEAN);
        }
        return Refusal.onField(name, FieldCode.INVALID_VALUE);
    }

    private static Refusal missing(Argument<?> argument) {
        if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
            return Refusal.of(GeneralRefusal.BODY_EMPTY);
        }
        return Refusal.onField(argument.getName(), FieldCode.REQUIRED);
    }

    private static boolean isWhole(Class<?> type) {
        return type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class;
    }
}
