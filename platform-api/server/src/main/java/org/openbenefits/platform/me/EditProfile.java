package org.openbenefits.platform.me;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.employee.EmployeeProfileRow;
import org.openbenefits.platform.employee.EmployeeProfiles;

/**
 * The signed-in person saves "Mon profil": postal address, delivery e-mail (a choice equal to the work e-mail means
 * "the work e-mail", so that it follows HR's later changes) and language, which e-mails use from now on. One audit
 * entry names the fields that changed, never their values; nothing changed, nothing recorded.
 */
@Singleton
public class EditProfile {

    /**
     * The editable part of the profile, whole each time.
     *
     * @param address       the postal address, typed ({@link PostalAddress#typed}), or null to remove it
     * @param deliveryEmail where e-tickets go; null or blank for the work e-mail
     * @param language      {@code fr} or {@code en}
     */
    public record Change(@Nullable PostalAddress address, @Nullable String deliveryEmail, String language) {

        @Override
        public String toString() {
            return "Change[address=" + (address == null ? "none" : "***") + ", deliveryEmail=***, language="
                    + language + "]";
        }
    }

    /** How saving ended. */
    public sealed interface Result {
    }

    /** Saved; the profile reads as saved ({@link ProfileReader}). */
    public record Saved() implements Result {
    }

    /** An address or a delivery e-mail for an account without employee profile; {@code field} is the one given. */
    public record NoEmployeeProfile(String field) implements Result {
    }

    public record AccountDeleted() implements Result {
    }

    private final UserAccounts accounts;
    private final EmployeeProfiles profiles;
    private final Audit audit;
    private final Clock clock;

    EditProfile(UserAccounts accounts, EmployeeProfiles profiles, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result edit(long accountId, Change change) {
        UserAccountRow account = accounts.lockById(accountId).orElseThrow();
        if (account.status() == AccountStatus.DELETED) {
            return new AccountDeleted();
        }
        Optional<EmployeeProfileRow> profile = profiles.findById(account.id());
        PostalAddress address = change.address();
        String deliveryEmail = change.deliveryEmail() == null || change.deliveryEmail().isBlank() ? null
                : EmailAddresses.normalise(change.deliveryEmail());
        if (profile.isEmpty() && address != null) {
            return new NoEmployeeProfile("address");
        }
        if (profile.isEmpty() && deliveryEmail != null) {
            return new NoEmployeeProfile("deliveryEmail");
        }
        List<String> changed = new ArrayList<>();
        if (profile.isPresent()) {
            EmployeeProfileRow before = profile.get();
            if (before.workEmail().equals(deliveryEmail)) {
                deliveryEmail = null;
            }
            boolean addressChanged = !Objects.equals(address, PostalAddress.of(before));
            boolean deliveryChanged = !Objects.equals(deliveryEmail, before.deliveryEmail());
            if (addressChanged || deliveryChanged) {
                profiles.updatePersonal(account.id(), address == null ? null : address.line1(),
                        address == null ? null : address.line2(), address == null ? null : address.postalCode(),
                        address == null ? null : address.city(), address == null ? null : address.country(),
                        deliveryEmail, clock.instant());
            }
            if (addressChanged) {
                changed.add("adresse postale");
            }
            if (deliveryChanged) {
                changed.add("e-mail de livraison");
            }
        }
        if (!change.language().equals(account.language())) {
            accounts.updateLanguage(account.id(), change.language());
            changed.add("langue");
        }
        if (!changed.isEmpty()) {
            audit.record(account.id(), account.employerId(), AuditAction.PROFILE_EDITED,
                    Audit.personTarget(account.role(), account.id()), "Modifié : " + String.join(", ", changed));
        }
        return new Saved();
    }
}
