package org.openbenefits.platform.allowance;

/** Where a grant stands; stored by name. */
public enum GrantStatus {
    ACTIVE,
    /** Past its last valid day: the unspent balance went back to the employer budget. */
    EXPIRED,
    /** Revoked by HR: the unspent balance went back to the employer budget. */
    REVOKED
}
