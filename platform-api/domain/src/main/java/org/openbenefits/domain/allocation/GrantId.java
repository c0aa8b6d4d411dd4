package org.openbenefits.domain.allocation;

import java.util.Objects;

/**
 * Identifies a grant. Ids order by Unicode code point (not UTF-16 unit), the last tie-breaker of the spending priority.
 *
 * @param value the identifier, not blank
 */
public record GrantId(String value) implements Comparable<GrantId> {

    public GrantId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("A grant id is not blank");
        }
    }

    public static GrantId of(String value) {
        return new GrantId(value);
    }

    @Override
    public int compareTo(GrantId other) {
        return compareByCodePoint(value, other.value);
    }

    static int compareByCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
