package org.openbenefits.platform.me;

import java.time.Instant;

/**
 * A change of sign-in address waiting for the link e-mailed to the new address, which works until {@code expiresAt}.
 *
 * @param newEmail  the address that will sign in once confirmed, trimmed and in lower case
 * @param expiresAt when the confirmation link stops working
 */
public record PendingAddressChange(String newEmail, Instant expiresAt) {

    @Override
    public String toString() {
        return "PendingAddressChange[newEmail=***, expiresAt=" + expiresAt + "]";
    }
}
