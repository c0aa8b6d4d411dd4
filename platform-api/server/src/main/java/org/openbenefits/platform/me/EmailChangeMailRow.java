package org.openbenefits.platform.me;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the email_change_mail table: when one confirmation e-mail of a sign-in address change left. */
@MappedEntity("email_change_mail")
record EmailChangeMailRow(
        @Id @GeneratedValue @Nullable Long id,
        long userAccountId,
        Instant sentAt) {
}
