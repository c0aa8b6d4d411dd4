package org.openbenefits.platform.me;

import java.time.Duration;
import java.time.Instant;

import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.auth.IdentityRefusals;

/** The refusals of a change of sign-in address that point at a field or carry a wait. */
final class EmailChangeRefusals {

    private EmailChangeRefusals() {
    }

    static Refusal taken() {
        return Refusal.of(IdentityRefusal.EMAIL_TAKEN)
                .withField(FieldRefusal.of("newEmail", IdentityRefusal.EMAIL_IN_USE));
    }

    static Refusal unchanged() {
        return Refusal.of(IdentityRefusal.EMAIL_UNCHANGED)
                .withField(FieldRefusal.of("newEmail", IdentityRefusal.EMAIL_SAME_AS_CURRENT));
    }

    /** The account had its share of confirmation e-mails: one more may leave from {@code from}. */
    static Refusal tooManyMails(Instant from, Instant now) {
        Duration wait = Duration.between(now, from);
        return Refusal.of(IdentityRefusal.EMAIL_CHANGE_LIMIT_REACHED, "minutes", IdentityRefusals.minutes(wait))
                .retryAfter(wait);
    }

    static Refusal linkInvalid() {
        return Refusal.of(IdentityRefusal.EMAIL_CHANGE_LINK_INVALID)
                .withField(FieldRefusal.of("token", IdentityRefusal.LINK_INVALID_OR_EXPIRED));
    }
}
