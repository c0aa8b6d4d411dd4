package org.openbenefits.platform.budget;

/** Where a recorded bank transfer stands. */
public enum TopUpStatus {
    PENDING,
    CONFIRMED,
    REJECTED
}
