package org.openbenefits.admin;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.layout.NavigationLink;
import org.openbenefits.portalcommon.layout.PortalIdentity;
import org.openbenefits.portalcommon.session.SignedInUser;

/** The employer and support portal as the shared layout shows it: its name and its primary navigation. */
@Singleton
class EmployerAdminIdentity implements PortalIdentity {

    @Override
    public String nameKey() {
        return "portal.name";
    }

    /** Add an entry here when its page exists, never before. */
    @Override
    public List<NavigationLink> navigation(@Nullable SignedInUser user) {
        return List.of(new NavigationLink("/", "nav.home"));
    }
}
