package org.openbenefits.platform.apicontract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Validates every exchange the tests make against the OpenAPI document and keeps, for the test running, what the
 * document found wrong; counts the requests the server received, so that a client that bypasses the checks is seen.
 * One per document; exchanges come from any thread (clients' event loops, tests' own threads).
 */
public final class ContractChecks {

    private static volatile ContractChecks platformApi;

    private final ApiDocument document;
    private final Coverage coverage = new Coverage();
    private final Deque<TestScope> scopes = new ArrayDeque<>();
    private final Map<String, Violation> seen = new LinkedHashMap<>();
    private final Map<String, String> seenIn = new LinkedHashMap<>();
    private long deliberate;
    private long outsideAnyTest;

    public ContractChecks(ApiDocument document) {
        this.document = document;
    }

    /** The checks of platform-api's own document, read on first use. */
    public static ContractChecks platformApi() {
        if (platformApi == null) {
            synchronized (ContractChecks.class) {
                if (platformApi == null) {
                    platformApi = new ContractChecks(ApiDocument.read(ApiDocument.PLATFORM_API));
                }
            }
        }
        return platformApi;
    }

    /** Whether the platform-api checks have seen anything in this JVM (so that a report is worth writing). */
    static ContractChecks platformApiIfUsed() {
        return platformApi;
    }

    /** Validates one exchange and files what is wrong with it under the test running. */
    public void check(Exchange exchange) {
        if (!document.covers(exchange.path())) {
            coverage.outsideTheDocument();
            return;
        }
        // HEAD is GET without the body (RFC 9110, 9.3.2): the document lists GET only, so HEAD is checked as GET,
        // bar the body it must not have; it counts for no coverage of its own.
        boolean head = exchange.method().equals("HEAD");
        Exchange checked = head ? exchange.withMethod("GET") : exchange;
        ValidationReport report = document.validate(checked);
        String operation = document.operationOf(checked).map(Object::toString)
                .orElse(exchange.method() + " " + exchange.path());
        if (!head) {
            coverage.reached(document.operationOf(checked).orElse(null), exchange.status());
        }
        List<Violation> violations = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR
                    && !(head && message.getKey().equals("validation.response.body.missing"))) {
                violations.add(Violation.of(exchange, operation, message));
            }
        }
        synchronized (this) {
            TestScope scope = scopes.peek();
            if (scope == null) {
                outsideAnyTest++;
            } else if (scope.validated(exchange, violations)) {
                deliberate++;
            }
            for (Violation violation : violations) {
                String distinct = violation.operation() + " " + violation.status() + " " + violation.key() + " "
                        + violation.message();
                seen.putIfAbsent(distinct, violation);
                seenIn.putIfAbsent(distinct, scope == null ? "(outside any test)" : scope.name());
            }
        }
    }

    /** A request the server received (counted by a server filter), to compare with those validated. */
    public synchronized void received(String path) {
        TestScope scope = scopes.peek();
        if (scope != null && document.covers(path)) {
            scope.received();
        }
    }

    /** Opens the scope of a test (or of a test class's set-up); what follows is filed under it. */
    public synchronized void begin(String name, String outsideTheContract) {
        scopes.push(new TestScope(name, outsideTheContract));
    }

    /** Closes the innermost scope and says what it must fail with, if anything. */
    public synchronized List<String> end() {
        return scopes.pop().failures();
    }

    synchronized Coverage.Figures figures() {
        return coverage.figures(document);
    }

    /** Requests outside the contract that tests marked {@link OutsideTheContract} sent and the server refused. */
    synchronized long deliberate() {
        return deliberate;
    }

    /** Exchanges made while no test ran (none expected: they could fail no test). */
    synchronized long outsideAnyTest() {
        return outsideAnyTest;
    }

    /** Every distinct violation seen so far, with the first test it was seen in. */
    synchronized List<String> distinctViolations() {
        List<String> lines = new ArrayList<>();
        seen.forEach((distinct, violation) -> lines.add(violation.operation() + " | " + violation.status() + " | "
                + violation.side().name().toLowerCase(java.util.Locale.ROOT) + " | " + violation.key() + " | "
                + violation.message() + " | " + seenIn.get(distinct)));
        return lines;
    }
}
