package org.openbenefits.contract.api.invitation;

import java.time.Instant;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the activation page shows about a valid invitation.
 *
 * @param firstName    the invited person's first name
 * @param email        the address they will sign in with
 * @param employerName the employer that invited them
 * @param expiresAt    when the invitation link stops working
 */
@Serdeable
public record InvitationDetails(String firstName, String email, String employerName, Instant expiresAt) {

    @Override
    public String toString() {
        return "InvitationDetails[expiresAt=" + expiresAt + "]";
    }
}
