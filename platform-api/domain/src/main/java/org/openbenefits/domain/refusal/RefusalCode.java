package org.openbenefits.domain.refusal;

import java.util.List;

/**
 * A stable refusal code of the catalogue, such as {@code budget.shortfall}: clients switch on it and word it from its
 * parameters, never from a message. Implemented by one enum per area, listed in {@link RefusalCatalogue}.
 */
public interface RefusalCode {

    /** The code as clients see it: lower-case words separated by dots and hyphens, e.g. {@code budget.shortfall}. */
    String code();

    RefusalKind kind();

    /** The names of the parameters every refusal of this code carries, in order. */
    List<String> parameters();
}
