package org.openbenefits.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Marks a test class that uses {@link TestInfrastructure}. When the chosen mode cannot run here (containers without
 * a Docker engine) the whole class is reported as skipped, with the reason, before anything else of it runs.
 * Put it before {@code @MicronautTest}, whose start-up would otherwise ask for the infrastructure first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsInfrastructure.Condition.class)
public @interface NeedsInfrastructure {

    /** Disables the class when {@link TestInfrastructure#get()} aborts. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try {
                Infrastructure infrastructure = TestInfrastructure.get();
                return ConditionEvaluationResult.enabled("testkit infrastructure: " + infrastructure.mode());
            } catch (TestAbortedException e) {
                return ConditionEvaluationResult.disabled(e.getMessage());
            }
        }
    }
}
