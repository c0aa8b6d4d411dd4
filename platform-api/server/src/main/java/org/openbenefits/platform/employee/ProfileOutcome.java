package org.openbenefits.platform.employee;

/** How a change to an employee profile ended: saved, or {@link Declined} with the refusal's code. */
public sealed interface ProfileOutcome permits ProfileOutcome.Saved, Declined {

    /** Done; {@code employeeId} is the employee's account id. */
    record Saved(long employeeId) implements ProfileOutcome {
    }
}
