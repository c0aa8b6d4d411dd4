package org.openbenefits.platform.employee;

import java.time.Duration;

/** How a change to an employee profile ended; the controller turns refusals into problem answers. */
public sealed interface ProfileOutcome {

    /** Done; {@code employeeId} is the employee's account id. */
    record Saved(long employeeId) implements ProfileOutcome {
    }

    /** Another account already signs in with this address. */
    record EmailTaken() implements ProfileOutcome {
    }

    /** Another employee of the employer has this employee number. */
    record NumberTaken() implements ProfileOutcome {
    }

    /** The id names no employee of the caller's employer. */
    record NotFound() implements ProfileOutcome {
    }

    /** The person deleted their account: the anonymised profile no longer changes. */
    record Deleted() implements ProfileOutcome {
    }

    /** The invitation was not sent: the person activated their account already, or it is deactivated. */
    record NotInvitable(String reason) implements ProfileOutcome {
    }

    /** The invitation was not sent: it went to this person as often as an hour allows; retry after the wait. */
    record TooManyInvitations(Duration retryAfter) implements ProfileOutcome {
    }
}
