package org.openbenefits.portalcommon.layout;

import java.util.List;

/**
 * What the shared layout needs to know about the portal it frames. Each portal application provides
 * exactly one bean of this type.
 */
public interface PortalIdentity {

    /** The message key of the portal's name shown beside "OpenBenefits" and in page titles. */
    String nameKey();

    /** The primary navigation, in display order. */
    List<NavigationLink> navigation();
}
