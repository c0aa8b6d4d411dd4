package org.openbenefits.domain.identity;

/** What a signed-in person may do. Employees and HR managers belong to one employer; platform staff see them all. */
public enum Role {
    EMPLOYEE,
    HR_MANAGER,
    SUPPORT_AGENT,
    PLATFORM_ADMIN;

    /** Staff act across employers, so every read of personal data and every action of theirs is audited. */
    public boolean isPlatformStaff() {
        return this == SUPPORT_AGENT || this == PLATFORM_ADMIN;
    }
}
