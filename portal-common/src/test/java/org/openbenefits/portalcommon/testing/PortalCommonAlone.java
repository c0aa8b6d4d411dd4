package org.openbenefits.portalcommon.testing;

import java.util.List;
import java.util.Set;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.layout.NavigationLink;
import org.openbenefits.portalcommon.layout.PortalIdentity;
import org.openbenefits.portalcommon.session.PortalAccess;
import org.openbenefits.portalcommon.session.SignedInUser;

/**
 * The smallest portal there is, for portal-common's own application tests (those that set {@value #PROPERTY}): no
 * page of its own, every page public, its name and navigation taken from the shared texts. A real portal provides
 * both beans itself, which is why they exist only under that property.
 */
@Requires(property = PortalCommonAlone.PROPERTY, value = "true")
@Singleton
public class PortalCommonAlone implements PortalIdentity, PortalAccess {

    /** The property that switches this portal on. */
    public static final String PROPERTY = "test.portal-common-alone";
    /** The property that names its cookies (default {@code ob_alone}), so that two of them can share a host. */
    public static final String COOKIE_PREFIX = "test.portal-common-alone.cookie-prefix";

    private final String cookiePrefix;

    PortalCommonAlone(@Value("${" + COOKIE_PREFIX + ":ob_alone}") String cookiePrefix) {
        this.cookiePrefix = cookiePrefix;
    }

    @Override
    public String nameKey() {
        return "nav.home";
    }

    @Override
    public List<NavigationLink> navigation(@Nullable SignedInUser user) {
        return List.of(new NavigationLink("/", "nav.home"));
    }

    @Override
    public String cookiePrefix() {
        return cookiePrefix;
    }

    @Override
    public Set<String> roles() {
        return Set.of(SignedInUser.EMPLOYEE);
    }

    @Override
    public boolean isPublic(String path) {
        return true;
    }

    @Override
    public String home(SignedInUser user) {
        return "/";
    }

    @Override
    public String wrongPortalMessageKey() {
        return "signIn.otherPortal";
    }

    @Override
    public String otherPortalUrl() {
        return "http://127.0.0.1:9";
    }
}
