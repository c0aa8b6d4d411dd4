package org.openbenefits.contract.api.me;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.allowance.WalletView;
import org.openbenefits.contract.api.audit.AuditEntryView;

/**
 * Everything the platform keeps about the signed-in person, machine-readable (docs/domain-rules.md, "Personal data"): the account (never the
 * password hash nor any token), the employee profile, the children, the sessions, the audit entries about them or
 * by them, and their allowances.
 *
 * @param generatedAt  when the export was made
 * @param account      the account
 * @param profile      the employee profile; absent for HR managers and staff
 * @param children     the children HR entered, for the children's events
 * @param sessions     the sign-ins, one per session, without their tokens
 * @param auditEntries the audit entries whose target is the person or whose actor they are, oldest first
 * @param allowances   for an employee, their grants with balances and the latest movements on them ("Mes
 *                     dotations"); null for HR managers and staff
 * @param pendingEmailChange the change of sign-in address waiting for its confirmation link, with the new address;
 *                     null when none
 */
@Serdeable
@Schema(description = "Everything the platform keeps about the signed-in person")
public record PersonalDataExport(
        Instant generatedAt,
        Account account,
        @Nullable @Schema(type = "object") Profile profile,
        List<Child> children,
        List<Session> sessions,
        List<AuditEntryView> auditEntries,
        @Nullable @Schema(type = "object") WalletView allowances,
        @Nullable @Schema(type = "object") PendingEmailChange pendingEmailChange) {

    @Creator
    public PersonalDataExport {
        children = children == null ? List.of() : List.copyOf(children);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        auditEntries = auditEntries == null ? List.of() : List.copyOf(auditEntries);
    }

    /** An export of someone who holds no allowances. */
    public PersonalDataExport(Instant generatedAt, Account account, @Nullable Profile profile, List<Child> children,
                              List<Session> sessions, List<AuditEntryView> auditEntries) {
        this(generatedAt, account, profile, children, sessions, auditEntries, null, null);
    }

    /** The account, without its password hash. */
    @Serdeable
    public record Account(long id, String email, String firstName, String lastName,
                          @Schema(requiredMode = REQUIRED,
                                  allowableValues = {"EMPLOYEE", "HR_MANAGER", "SUPPORT_AGENT", "PLATFORM_ADMIN"})
                          String role,
                          @Schema(requiredMode = REQUIRED,
                                  allowableValues = {"INVITED", "ACTIVE", "DEACTIVATED", "DELETED"})
                          String status,
                          @Schema(requiredMode = REQUIRED, allowableValues = {"fr", "en"}) String language,
                          Instant createdAt, @Nullable Long employerId,
                          @Nullable String employerName) {
    }

    /** The employee profile; {@code deliveryEmail} is the effective address, {@code deliveryEmailIsDefault} tells
     * whether it is the work e-mail because none was chosen. */
    @Serdeable
    public record Profile(String employeeNumber, String workEmail, @Nullable String department, @Nullable String site,
                          @Nullable @Schema(type = "object") ProfileAddress address, String deliveryEmail,
                          boolean deliveryEmailIsDefault, Instant updatedAt) {
    }

    /** A child of the person. */
    @Serdeable
    public record Child(String firstName, LocalDate birthDate) {
    }

    /** One session: when it was opened, when its access was last renewed, and how it ended if it did. */
    @Serdeable
    public record Session(Instant signedInAt, Instant lastRenewedAt, Instant expiresAt, @Nullable String endReason) {
    }
}
