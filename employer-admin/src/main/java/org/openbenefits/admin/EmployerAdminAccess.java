package org.openbenefits.admin;

import static org.openbenefits.admin.AdminPaths.within;

import java.util.Set;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.session.PortalAccess;
import org.openbenefits.portalcommon.session.SessionPaths;
import org.openbenefits.portalcommon.session.SignedInUser;

/**
 * HR managers and platform staff sign in here; employees are sent to the employee portal. Each role has its area:
 * HR managers their employer's employees, budget, campaigns, managers and audit log; platform admins the audit log of
 * every employer, the top-ups to check, the ledger check, the catalogue's offers, the advantage codes and the shipping settings; support agents the staff home (their tools come later).
 * platform-api checks every call again, employer by employer.
 */
@Singleton
class EmployerAdminAccess implements PortalAccess {

    private final String employeePortalUrl;

    EmployerAdminAccess(@Value("${portal.links.employee-portal-url}") String employeePortalUrl) {
        this.employeePortalUrl = employeePortalUrl;
    }

    @Override
    public Set<String> roles() {
        return Set.of(SignedInUser.HR_MANAGER, SignedInUser.SUPPORT_AGENT, SignedInUser.PLATFORM_ADMIN);
    }

    /** The home page, and the link confirming a new sign-in address, which works signed in or not. */
    @Override
    public boolean isPublic(String path) {
        return "/".equals(path) || SessionPaths.EMAIL_CHANGE_CONFIRMATION.equals(path);
    }

    @Override
    public boolean mayOpen(SignedInUser user, String path) {
        if (within(path, AdminPaths.EMPLOYEES) || within(path, AdminPaths.MANAGERS)
                || within(path, AdminPaths.BUDGET) || within(path, AdminPaths.CAMPAIGNS)) {
            return user.hasRole(SignedInUser.HR_MANAGER);
        }
        if (within(path, AdminPaths.AUDIT)) {
            return user.hasRole(SignedInUser.HR_MANAGER) || user.hasRole(SignedInUser.PLATFORM_ADMIN);
        }
        if (within(path, AdminPaths.TOP_UP_REVIEW) || within(path, AdminPaths.LEDGER_CHECK)
                || within(path, AdminPaths.OFFERS) || within(path, AdminPaths.SHIPPING)
                || within(path, AdminPaths.ADVANTAGE_CODES)) {
            return user.hasRole(SignedInUser.PLATFORM_ADMIN);
        }
        if (within(path, AdminPaths.STAFF)) {
            return user.isStaff();
        }
        return true;
    }

    @Override
    public String home(SignedInUser user) {
        return switch (user.role()) {
            case SignedInUser.HR_MANAGER -> AdminPaths.EMPLOYEES;
            case SignedInUser.PLATFORM_ADMIN -> AdminPaths.AUDIT;
            default -> AdminPaths.STAFF;
        };
    }

    @Override
    public String wrongPortalMessageKey() {
        return "signIn.wrongPortal";
    }

    @Override
    public String otherPortalUrl() {
        return employeePortalUrl;
    }
}
