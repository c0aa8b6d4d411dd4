package org.openbenefits.admin;

import java.util.Set;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.session.PortalAccess;
import org.openbenefits.portalcommon.session.SignedInUser;

/** HR managers and platform staff sign in here; employees are sent to the employee portal. */
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

    @Override
    public boolean isPublic(String path) {
        return "/".equals(path);
    }

    @Override
    public String home(SignedInUser user) {
        return "/";
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
