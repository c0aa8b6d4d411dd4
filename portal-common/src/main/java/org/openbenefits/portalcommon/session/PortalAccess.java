package org.openbenefits.portalcommon.session;

import java.util.Set;

/**
 * Who may use a portal and which of its pages need no sign-in. Each portal application provides exactly one bean
 * of this type; the shared sign-in, activation and password pages are always public.
 */
public interface PortalAccess {

    /** The roles that sign in to this portal; anybody else is pointed to the other portal. */
    Set<String> roles();

    /** Whether this portal's own page at {@code path} is open without signing in (its home page, for example). */
    boolean isPublic(String path);

    /** Whether this signed-in person may open {@code path}: a person of another area gets the 403 page. */
    default boolean mayOpen(SignedInUser user, String path) {
        return true;
    }

    /** Where a person lands after signing in when no page was asked for. */
    String home(SignedInUser user);

    /** The message key that tells a person of another role where to sign in instead (shown on the sign-in page). */
    String wrongPortalMessageKey();

    /** The URL of the portal where the people this portal turns away sign in. */
    String otherPortalUrl();
}
