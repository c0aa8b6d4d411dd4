package org.openbenefits.portal;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * The portal's access rules while its fake platform-api runs on its own server: platform-api's anonymous identity
 * routes ({@code /api/v1/auth/...}) stay open to calls made for a visitor, as they are on platform-api, instead of
 * being sent to the sign-in page like a private page of the portal.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Replaces(EmployeePortalAccess.class)
@Singleton
class PortalAccessWithFakeApi extends EmployeePortalAccess {

    PortalAccessWithFakeApi(@Value("${portal.links.employer-admin-url}") String employerAdminUrl) {
        super(employerAdminUrl);
    }

    @Override
    public boolean isPublic(String path) {
        return super.isPublic(path) || path.startsWith("/api/v1/auth/");
    }
}
