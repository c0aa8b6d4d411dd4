package org.openbenefits.platform.audit;

/** What an HR manager or a staff member did; stored by name, so values are only ever added. */
public enum AuditAction {
    EMPLOYEE_CREATED,
    EMPLOYEE_EDITED,
    EMPLOYEE_DEACTIVATED,
    EMPLOYEE_REACTIVATED,
    INVITATION_RESENT,
    EMPLOYEES_IMPORTED,
    MANAGER_INVITED
}
