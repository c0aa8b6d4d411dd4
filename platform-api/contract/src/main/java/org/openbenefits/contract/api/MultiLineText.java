package org.openbenefits.contract.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request that may run on several lines (a message, a note): tab, line feed and carriage
 * return are accepted in it. Every other text field is on one line. The rest of the text rule applies to both: no
 * other control character, no bidirectional control, normalised to NFC (docs/api/input-rules.md, "Input rules").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MultiLineText {
}
