package org.openbenefits.portalcommon.layout;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.portalcommon.session.SignedInUser;

/**
 * What the shared layout needs to know about the portal it frames, and how its cookies are named. Each portal
 * application provides exactly one bean of this type.
 */
public interface PortalIdentity {

    /** The message key of the portal's name shown beside "OpenBenefits" and in page titles. */
    String nameKey();

    /** The primary navigation of this person (null: a visitor who has not signed in), in display order. */
    List<NavigationLink> navigation(@Nullable SignedInUser user);

    /**
     * The first part of the names of this portal's cookies ({@code ob_employee}: {@code ob_employee_session}...),
     * different from the other portal's: browsers share cookies between the ports of one host (see
     * {@link org.openbenefits.portalcommon.web.PortalCookies}).
     */
    String cookiePrefix();
}
