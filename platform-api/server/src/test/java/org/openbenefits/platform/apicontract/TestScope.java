package org.openbenefits.platform.apicontract;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened on the wire while one test (or one test class's set-up) ran: the violations of its exchanges and how
 * many requests the server received compared with those validated.
 */
final class TestScope {

    /**
     * Content where the operation takes none: the server ignores it and answers as without it, which HTTP allows
     * (RFC 9110, 9.3.1 for GET); a deliberate request may carry some without being refused.
     */
    private static final String IGNORED_CONTENT = "validation.request.body.unexpected";

    private final String name;
    private final String outsideTheContract;
    private final List<String> failures = new ArrayList<>();
    private int validated;
    private int received;

    /** @param outsideTheContract the reason given by {@link OutsideTheContract}, null if the test gave none */
    TestScope(String name, String outsideTheContract) {
        this.name = name;
        this.outsideTheContract = outsideTheContract;
    }

    String name() {
        return name;
    }

    /** Files the exchange's violations; says whether its request was outside the contract on purpose. */
    boolean validated(Exchange exchange, List<Violation> violations) {
        validated++;
        // Refused (4xx) or sent elsewhere (3xx, a former address): either way the server did not serve the request.
        boolean refused = exchange.status() >= 300 && exchange.status() < 500;
        boolean deliberate = false;
        for (Violation violation : violations) {
            if (violation.side() == Violation.Side.RESPONSE || outsideTheContract == null) {
                failures.add(violation.toString());
            } else if (!refused && !violation.key().equals(IGNORED_CONTENT)) {
                failures.add(violation + " (the server accepted this request outside the contract)");
            } else {
                deliberate = true;
            }
        }
        return deliberate;
    }

    void received() {
        received++;
    }

    /** What the test must fail with: each violation, and requests that reached the server without validation. */
    List<String> failures() {
        List<String> all = new ArrayList<>(failures);
        if (received > validated) {
            all.add((received - validated) + " of the " + received + " requests the server received were not "
                    + "validated against the OpenAPI document: send them through a client made by the application "
                    + "context, or check them with ContractChecks");
        }
        return all;
    }
}
