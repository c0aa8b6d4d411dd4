package org.openbenefits.platform.notification;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.Role;

/**
 * Where e-mailed links lead: employees use the employee portal ({@code EMPLOYEE_PORTAL_URL}), HR managers and
 * platform staff the administration portal ({@code EMPLOYER_ADMIN_URL}).
 */
@Singleton
public class PortalLinks {

    private final String employeePortal;
    private final String employerAdmin;

    PortalLinks(@Value("${platform.portals.employee-portal-url}") String employeePortal,
                @Value("${platform.portals.employer-admin-url}") String employerAdmin) {
        this.employeePortal = withoutTrailingSlash(employeePortal);
        this.employerAdmin = withoutTrailingSlash(employerAdmin);
    }

    /** The base URL of the portal where a person of this role signs in, without a trailing slash. */
    public String portalOf(Role role) {
        return role == Role.EMPLOYEE ? employeePortal : employerAdmin;
    }

    /** A link to {@code path} (starting with /) of the person's portal carrying a single-use token as {@code jeton}. */
    public String withToken(Role role, String path, String token) {
        return portalOf(role) + path + "?jeton=" + token;
    }

    private static String withoutTrailingSlash(String url) {
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
