package org.openbenefits.portal;

import java.util.Set;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.session.PortalAccess;
import org.openbenefits.portalcommon.session.SessionPaths;
import org.openbenefits.portalcommon.session.SignedInUser;

/** Employees sign in here; HR managers and platform staff are sent to the administration portal. */
@Singleton
class EmployeePortalAccess implements PortalAccess {

    private final String employerAdminUrl;

    EmployeePortalAccess(@Value("${portal.links.employer-admin-url}") String employerAdminUrl) {
        this.employerAdminUrl = employerAdminUrl;
    }

    @Override
    public Set<String> roles() {
        return Set.of(SignedInUser.EMPLOYEE);
    }

    /**
     * The home page presents the portal to visitors and greets a signed-in employee; the link confirming a new
     * sign-in address works in any browser, signed in or not.
     */
    @Override
    public boolean isPublic(String path) {
        return "/".equals(path) || SessionPaths.EMAIL_CHANGE_CONFIRMATION.equals(path);
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
        return employerAdminUrl;
    }
}
