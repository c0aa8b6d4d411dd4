package org.openbenefits.admin.web;

import java.util.List;
import java.util.Map;

/** Reading a posted form as Micronaut binds it ({@code @Body Map<String, Object>}): text values, trimmed. */
public final class FormFields {

    private FormFields() {
    }

    /** The field's trimmed value; empty when absent. A field sent twice counts by its first value. */
    public static String text(Map<String, Object> form, String name) {
        Object value = form.get(name);
        if (value instanceof List<?> values) {
            value = values.isEmpty() ? null : values.getFirst();
        }
        return value == null ? "" : String.valueOf(value).strip();
    }
}
