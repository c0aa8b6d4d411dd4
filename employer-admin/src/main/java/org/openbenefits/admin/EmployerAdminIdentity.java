package org.openbenefits.admin;

import java.util.List;

import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.layout.NavigationLink;
import org.openbenefits.portalcommon.layout.PortalIdentity;

/** The employer and support portal as the shared layout shows it: its name and its primary navigation. */
@Singleton
class EmployerAdminIdentity implements PortalIdentity {

    @Override
    public String nameKey() {
        return "portal.name";
    }

    /** Add an entry here when its page exists, never before. */
    @Override
    public List<NavigationLink> navigation() {
        return List.of(new NavigationLink("/", "nav.home"));
    }
}
