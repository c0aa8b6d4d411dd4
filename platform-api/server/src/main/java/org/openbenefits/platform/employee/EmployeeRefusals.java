package org.openbenefits.platform.employee;

import java.time.Duration;

import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;

/** The refusals about employee profiles that several use cases give, with the field each points at. */
final class EmployeeRefusals {

    private EmployeeRefusals() {
    }

    /** The same refusal for an unknown id and another employer's: existence is never revealed. */
    static Declined notFound() {
        return new Declined(Refusal.of(EmployeeRefusal.NOT_FOUND));
    }

    static Declined emailTaken() {
        return new Declined(Refusal.of(EmployeeRefusal.EMAIL_TAKEN)
                .withField(FieldRefusal.of("workEmail", EmployeeRefusal.EMAIL_IN_USE)));
    }

    static Declined numberTaken() {
        return new Declined(Refusal.of(EmployeeRefusal.NUMBER_TAKEN)
                .withField(FieldRefusal.of("employeeNumber", EmployeeRefusal.NUMBER_IN_USE)));
    }

    static Declined deleted() {
        return new Declined(Refusal.of(EmployeeRefusal.ACCOUNT_DELETED));
    }

    /** Re-sent as often as an hour allows: the wait in whole minutes, rounded up, and exactly in Retry-After. */
    static Declined tooManyInvitations(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new Declined(Refusal.of(EmployeeRefusal.TOO_MANY_INVITATIONS, "minutes", minutes).retryAfter(wait));
    }
}
