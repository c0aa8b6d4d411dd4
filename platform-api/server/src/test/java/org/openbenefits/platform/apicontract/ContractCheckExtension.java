package org.openbenefits.platform.apicontract;

import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test whose HTTP exchanges the OpenAPI document finds fault with, listing each violation. Registered for
 * every test of the module by JUnit's extension autodetection (src/test/resources/junit-platform.properties and
 * META-INF/services), so that no test can forget it. Exchanges of a class's {@code @BeforeAll} set-up fail the class.
 */
public class ContractCheckExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    /** Enough to see every kind of fault; a fuzzing test can make thousands of the same. */
    private static final int SHOWN = 40;

    @Override
    public void beforeAll(ExtensionContext context) {
        ContractChecks.platformApi().begin(context.getDisplayName() + " (set-up)",
                reason(context.getRequiredTestClass()).orElse(null));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ContractChecks.platformApi().begin(context.getRequiredTestClass().getSimpleName() + "."
                        + context.getRequiredTestMethod().getName(),
                reason(context.getRequiredTestMethod()).or(() -> reason(context.getRequiredTestClass())).orElse(null));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failOn(ContractChecks.platformApi().end());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOn(ContractChecks.platformApi().end());
    }

    private static Optional<String> reason(AnnotatedElement element) {
        return Optional.ofNullable(element.getAnnotation(OutsideTheContract.class)).map(OutsideTheContract::value);
    }

    private static void failOn(List<String> failures) {
        if (!failures.isEmpty()) {
            List<String> shown = failures.stream().distinct().limit(SHOWN).toList();
            throw new AssertionError("The OpenAPI document (" + ApiDocument.PLATFORM_API + ") finds "
                    + failures.size() + " fault(s) with this test's HTTP exchanges:\n  - "
                    + String.join("\n  - ", shown)
                    + (failures.size() > shown.size() ? "\n  (the others are repeats or alike)" : ""));
        }
    }
}
