package org.openbenefits.platform.apicontract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.openbenefits.platform.apicontract.ApiDocument.OperationKey;
import org.openbenefits.platform.apicontract.ApiDocument.ResponseKey;

/**
 * Which documented operations and responses (operation + status) the exchanges reached, against what the document
 * lists; and the report the build prints and keeps in target/api-coverage.txt.
 */
final class Coverage {

    /** Shares a whole-suite run must reach, in percent; see docs/api/contract-checks.md for why these figures. */
    static final int MIN_OPERATIONS_PERCENT = 100;
    static final int MIN_RESPONSES_PERCENT = 90;

    private final Set<OperationKey> operations = new LinkedHashSet<>();
    private final Set<ResponseKey> responses = new LinkedHashSet<>();
    private long validated;
    private long outsideTheDocument;

    synchronized void reached(OperationKey operation, int status) {
        validated++;
        if (operation != null) {
            operations.add(operation);
            responses.add(new ResponseKey(operation, Integer.toString(status)));
        }
    }

    synchronized void outsideTheDocument() {
        outsideTheDocument++;
    }

    /** The figures and the lists of what no test reached. */
    synchronized Figures figures(ApiDocument document) {
        List<OperationKey> documentedOperations = document.operations();
        List<ResponseKey> documentedResponses = document.responses();
        Set<String> missedOperations = new TreeSet<>();
        documentedOperations.stream().filter(operation -> !operations.contains(operation))
                .forEach(operation -> missedOperations.add(operation.toString()));
        Set<String> missedResponses = new TreeSet<>();
        documentedResponses.stream().filter(response -> !responses.contains(response))
                .forEach(response -> missedResponses.add(response.toString()));
        return new Figures(validated, outsideTheDocument, documentedOperations.size(),
                documentedOperations.size() - missedOperations.size(), documentedResponses.size(),
                documentedResponses.size() - missedResponses.size(), new ArrayList<>(missedOperations),
                new ArrayList<>(missedResponses));
    }

    /** What a run reached. */
    record Figures(long exchanges, long outsideTheDocument, int operations, int operationsReached, int responses,
                   int responsesReached, List<String> missedOperations, List<String> missedResponses) {

        int operationsPercent() {
            return percent(operationsReached, operations);
        }

        int responsesPercent() {
            return percent(responsesReached, responses);
        }

        boolean belowThreshold() {
            return operationsPercent() < MIN_OPERATIONS_PERCENT || responsesPercent() < MIN_RESPONSES_PERCENT;
        }

        String summary() {
            return "API contract coverage: " + exchanges + " exchanges validated against the OpenAPI document ("
                    + outsideTheDocument + " outside it: health, metrics, the document itself); operations "
                    + operationsReached + "/" + operations + " (" + operationsPercent() + "%, at least "
                    + MIN_OPERATIONS_PERCENT + "% required), responses " + responsesReached + "/" + responses + " ("
                    + responsesPercent() + "%, at least " + MIN_RESPONSES_PERCENT + "% required)";
        }

        String report() {
            StringBuilder text = new StringBuilder(summary()).append("\n\nOperations no test reached:\n");
            missedOperations.forEach(operation -> text.append("  ").append(operation).append('\n'));
            text.append("\nDocumented responses no test received:\n");
            missedResponses.forEach(response -> text.append("  ").append(response).append('\n'));
            return text.toString();
        }

        private static int percent(int part, int whole) {
            return whole == 0 ? 0 : (int) (100L * part / whole);
        }
    }
}
