package org.openbenefits.platform.employee;

import java.util.ArrayList;
import java.util.List;

import org.openbenefits.platform.employee.ImportSummary.LineRefusal;

/**
 * The report of an import (or preview) as its steps go by: lines, valid lines and profiles created are counted, and
 * of the errors only the first {@code maxListed} are kept, the others counted. So a file of 100,000 bad lines leaves a
 * report of a thousand errors and an exact total, not a list of every one (ADR 0006, "Revised").
 */
final class ImportTally {

    private final int maxListed;
    private final List<LineRefusal> listed = new ArrayList<>();
    private int errorCount;
    private int lines;
    private int validLines;
    private int imported;

    ImportTally(int maxListed) {
        this.maxListed = maxListed;
    }

    /** Counts a step: its lines, and what the checks found in them. */
    void checked(int stepLines, ImportChecks.Checked checked) {
        lines += stepLines;
        validLines += checked.valid().size();
        errorCount += checked.errors().size();
        for (LineRefusal error : checked.errors()) {
            if (listed.size() == maxListed) {
                break;
            }
            listed.add(error);
        }
    }

    /** Counts profiles created. */
    void imported(int created) {
        imported += created;
    }

    int lines() {
        return lines;
    }

    int imported() {
        return imported;
    }

    ImportSummary summary() {
        return new ImportSummary(lines, validLines, imported, listed, errorCount);
    }
}
