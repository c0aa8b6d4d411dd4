package org.openbenefits.portalcommon.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.ProblemDetail;

/**
 * A form as a page shows it: what the person typed (kept when the form comes back with errors), the error beside
 * each field, and an error about the whole form. Templates use {@code form.value('email')},
 * {@code form.error('email')} and the {@code layout/forms :: field(...)} fragment.
 */
public final class Form {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String globalError;

    public static Form empty() {
        return new Form();
    }

    /** A form holding these values (null values are skipped). */
    public static Form of(Map<String, ?> values) {
        Form form = new Form();
        values.forEach((name, value) -> {
            if (value != null) {
                form.values.put(name, String.valueOf(value));
            }
        });
        return form;
    }

    public Form with(String field, @Nullable Object value) {
        if (value != null) {
            values.put(field, String.valueOf(value));
        }
        return this;
    }

    /** Adds the error shown beside a field (the first one wins). */
    public Form reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** Adds an error about the whole form, shown above it. */
    public Form fail(String message) {
        this.globalError = message;
        return this;
    }

    /**
     * Shows an API refusal: each field at fault beside its field (renamed through {@code fieldNames} when the API
     * names it differently, e.g. {@code newPassword} to {@code password}), the rest above the form. The API names a
     * nested field by its path ({@code address.line1}): the form's field is the last name, unless {@code fieldNames}
     * renames the whole path. The texts are the problem's as {@code ApiProblems} gives it: the portal's words for each
     * code it knows, in the page's language ({@code RefusalWording}), the API's for the others.
     */
    public Form reject(ProblemDetail problem, Map<String, String> fieldNames) {
        boolean placed = false;
        for (ProblemDetail.FieldError error : problem.errors()) {
            String field = error.field() == null ? null : fieldNames.getOrDefault(error.field(),
                    fieldNames.getOrDefault(lastName(error.field()), lastName(error.field())));
            if (field != null && !field.isBlank()) {
                reject(field, error.message());
                placed = true;
            }
        }
        if (!placed) {
            fail(problem.detail() != null ? problem.detail() : problem.title());
        }
        return this;
    }

    /**
     * The last name of a field's path in the API: {@code line1} for {@code address.line1}, {@code birthDate} for
     * {@code children[1].birthDate}, {@code employeeIds} for {@code employeeIds[2]}.
     */
    public static String lastName(String path) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        int index = name.indexOf('[');
        return index < 0 ? name : name.substring(0, index);
    }

    public Form reject(ProblemDetail problem) {
        return reject(problem, Map.of());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    @Nullable
    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || globalError != null;
    }

    @Nullable
    public String getGlobalError() {
        return globalError;
    }

    public Map<String, String> getErrors() {
        return Map.copyOf(errors);
    }
}
