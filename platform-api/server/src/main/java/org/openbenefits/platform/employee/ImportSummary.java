package org.openbenefits.platform.employee;

import java.util.List;

import org.openbenefits.domain.refusal.FieldRefusal;

/**
 * What a CSV import found (preview) or did (import), as its use cases return it and its job stores it: the errors
 * as codes and parameters, worded only when someone reads them, in their language ({@link ImportViews}).
 *
 * @param lines      data lines read, header excluded
 * @param validLines lines without error, which the import creates
 * @param imported   profiles created: 0 for a preview
 * @param errors     the first errors of the file, in file order, at most {@code platform.imports.max-listed-errors}
 * @param errorCount every error found, listed or not
 */
public record ImportSummary(int lines, int validLines, int imported, List<LineRefusal> errors, int errorCount) {

    public ImportSummary {
        errors = List.copyOf(errors);
    }

    /**
     * One error on one line: the rule a cell breaks, as a field refusal whose field is the column's name in the
     * template ({@code prenom}, {@code email}...). Its parameters never hold the cell's value (a person's data).
     *
     * @param line the line's number in the file, the header being line 1
     */
    public record LineRefusal(int line, FieldRefusal refusal) {

        public String column() {
            return refusal.field();
        }
    }
}
