package org.openbenefits.domain.text;

import java.text.Normalizer;
import java.util.Locale;

import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;

/**
 * The rule for every text a person or a client sends (names, addresses, references, search terms, CSV cells): it is
 * kept in Unicode normalisation form C, so that "é" typed as one character or as "e" plus an accent is the same text,
 * and it may not carry characters that hide or disguise what a page shows:
 * <ul>
 *     <li>control characters (U+0000 to U+001F, U+007F to U+009F), except tab, line feed and carriage return in a
 *     text {@linkplain Lines#MANY on several lines};</li>
 *     <li>the line and paragraph separators U+2028 and U+2029;</li>
 *     <li>the bidirectional controls that reorder what follows (U+202A to U+202E, U+2066 to U+2069) and the invisible
 *     direction marks (U+200E, U+200F, U+061C): a right-to-left override makes "exe.doc" read "cod.exe";</li>
 *     <li>what is not a character: a lone half of a surrogate pair, and the Unicode noncharacters (U+FDD0 to U+FDEF
 *     and the last two code points of every plane).</li>
 * </ul>
 * Passwords are not texts in this sense: they are compared, never shown, and taken as typed.
 */
public final class UserText {

    /** Whether the text may run on several lines. */
    public enum Lines {
        /** A name, a reference, a search term: no tab and no line break. */
        ONE,
        /** A message or a note: tab, line feed and carriage return are allowed. */
        MANY
    }

    /** What {@link #check} found. */
    public sealed interface Outcome {
    }

    /** The text is acceptable; {@code text} is its normalised form (NFC), the one to store. */
    public record Accepted(String text) implements Outcome {
    }

    /** The text holds a character it may not; {@code codePoint} is the first one found. */
    public record Refused(Fault fault, int codePoint) implements Outcome {

        /** The refusal of {@code field}, naming the character by its code (e.g. U+202E). */
        public FieldRefusal on(String field) {
            return FieldRefusal.of(field, fault.code(), "character", codeOf(codePoint));
        }
    }

    /** Why a text is refused. */
    public enum Fault {
        /** A tab or a line break in a text on one line. */
        LINE_BREAK(FieldCode.LINE_BREAK),
        /** Any other control character, or a line or paragraph separator. */
        CONTROL_CHARACTER(FieldCode.CONTROL_CHARACTER),
        /** A character that changes the direction of writing. */
        BIDIRECTIONAL_CONTROL(FieldCode.BIDIRECTIONAL_CONTROL),
        /** A lone surrogate or a noncharacter: not text at all. */
        NOT_A_CHARACTER(FieldCode.NOT_A_CHARACTER);

        private final FieldCode code;

        Fault(FieldCode code) {
            this.code = code;
        }

        /** The field code of this fault; its parameter {@code character} names the character. */
        public FieldCode code() {
            return code;
        }
    }

    private UserText() {
    }

    /**
     * Checks a text and gives its normalised form.
     *
     * @param text  the text as received; null is accepted as the empty text
     * @param lines whether tab and line breaks are allowed
     */
    public static Outcome check(String text, Lines lines) {
        if (text == null || text.isEmpty()) {
            return new Accepted(text == null ? "" : text);
        }
        for (int i = 0; i < text.length(); ) {
            char unit = text.charAt(i);
            if (Character.isHighSurrogate(unit) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(unit, text.charAt(i + 1));
                Fault fault = fault(codePoint, lines);
                if (fault != null) {
                    return new Refused(fault, codePoint);
                }
                i += 2;
            } else {
                Fault fault = Character.isSurrogate(unit) ? Fault.NOT_A_CHARACTER : fault(unit, lines);
                if (fault != null) {
                    return new Refused(fault, unit);
                }
                i++;
            }
        }
        // Normalising well-formed text without these characters cannot bring any of them back
        return new Accepted(Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** A code point as Unicode writes it: U+202E, U+1F600. */
    public static String codeOf(int codePoint) {
        return "U+" + String.format(Locale.ROOT, "%04X", codePoint);
    }

    private static Fault fault(int codePoint, Lines lines) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return lines == Lines.MANY ? null : Fault.LINE_BREAK;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F) || codePoint == 0x2028
                || codePoint == 0x2029) {
            return Fault.CONTROL_CHARACTER;
        }
        if ((codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C) {
            return Fault.BIDIRECTIONAL_CONTROL;
        }
        if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
            return Fault.NOT_A_CHARACTER;
        }
        return null;
    }
}
