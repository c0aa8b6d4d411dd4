package org.openbenefits.admin.home;

import java.util.Map;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.portalcommon.session.SignedInUser;

/**
 * Platform staff's home ({@code /plateforme}): what exists for them today (the audit log, for platform admins) and,
 * honestly, that the support tools come with a later version. It links to no page that does not exist.
 */
@Controller(AdminPaths.STAFF)
class StaffHomeController {

    @Get(produces = MediaType.TEXT_HTML)
    @View("home/staff")
    Map<String, Object> home(SignedInUser user) {
        return Map.of("mayReadAudit", user.hasRole(SignedInUser.PLATFORM_ADMIN));
    }
}
