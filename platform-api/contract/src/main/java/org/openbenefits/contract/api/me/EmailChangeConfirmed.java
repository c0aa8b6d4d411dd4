package org.openbenefits.contract.api.me;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The answer to a confirmed change of sign-in address: the account now signs in with {@code email} only, and every
 * session it had is closed.
 *
 * @param email the new sign-in address
 */
@Serdeable
public record EmailChangeConfirmed(String email) {

    @Override
    public String toString() {
        return "EmailChangeConfirmed[email=***]";
    }
}
