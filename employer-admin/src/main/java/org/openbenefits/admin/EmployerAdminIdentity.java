package org.openbenefits.admin;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.layout.NavigationLink;
import org.openbenefits.portalcommon.layout.PortalIdentity;
import org.openbenefits.portalcommon.session.SignedInUser;

/** The employer and support portal as the shared layout shows it: its name and each role's primary navigation. */
@Singleton
public class EmployerAdminIdentity implements PortalIdentity {

    /** The first part of this portal's cookie names ({@code ob_employer_session}...). */
    public static final String COOKIE_PREFIX = "ob_employer";

    @Override
    public String nameKey() {
        return "portal.name";
    }

    /** Only the pages this person may open (see {@link EmployerAdminAccess}); add an entry when its page exists. */
    @Override
    public List<NavigationLink> navigation(@Nullable SignedInUser user) {
        if (user == null) {
            return List.of(new NavigationLink("/", "nav.home"));
        }
        return switch (user.role()) {
            case SignedInUser.HR_MANAGER -> List.of(
                    new NavigationLink(AdminPaths.EMPLOYEES, "nav.employees"),
                    new NavigationLink(AdminPaths.BUDGET, "nav.budget"),
                    new NavigationLink(AdminPaths.CAMPAIGNS, "nav.campaigns"),
                    new NavigationLink(AdminPaths.MANAGERS, "nav.managers"),
                    new NavigationLink(AdminPaths.AUDIT, "nav.audit"));
            case SignedInUser.PLATFORM_ADMIN -> List.of(
                    new NavigationLink(AdminPaths.STAFF, "nav.staff"),
                    new NavigationLink(AdminPaths.AUDIT, "nav.audit"));
            case SignedInUser.SUPPORT_AGENT -> List.of(new NavigationLink(AdminPaths.STAFF, "nav.staff"));
            default -> List.of(new NavigationLink("/", "nav.home"));
        };
    }

    @Override
    public String cookiePrefix() {
        return COOKIE_PREFIX;
    }
}
