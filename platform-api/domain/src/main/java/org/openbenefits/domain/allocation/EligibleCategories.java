package org.openbenefits.domain.allocation;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The catalogue categories a grant may pay: either any category, or a closed list.
 *
 * @param any   whether every category is allowed (written {@code "*"} in files)
 * @param names the allowed category codes when {@code any} is false
 */
public record EligibleCategories(boolean any, Set<String> names) {

    /** How files and APIs write "any category". */
    public static final String ANY = "*";

    public EligibleCategories {
        names = Set.copyOf(Objects.requireNonNull(names, "names"));
    }

    public static EligibleCategories anyCategory() {
        return new EligibleCategories(true, Set.of());
    }

    public static EligibleCategories only(Collection<String> names) {
        return new EligibleCategories(false, Set.copyOf(names));
    }

    /** Reads a list as written in files: {@code ["*"]} means any category. */
    public static EligibleCategories parse(Collection<String> codes) {
        return codes.contains(ANY) ? anyCategory() : only(codes);
    }

    public boolean allows(String category) {
        return any || names.contains(category);
    }
}
