package org.openbenefits.admin.web;

import java.util.ArrayList;
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

    /** Every non-blank value of a field sent several times (checkboxes of one name), trimmed, in order. */
    public static List<String> texts(Map<String, Object> form, String name) {
        Object value = form.get(name);
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> values) {
            values.forEach(each -> texts.add(String.valueOf(each).strip()));
        } else if (value != null) {
            texts.add(String.valueOf(value).strip());
        }
        texts.removeIf(String::isEmpty);
        return texts;
    }
}
