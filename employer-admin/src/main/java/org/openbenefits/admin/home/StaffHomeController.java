package org.openbenefits.admin.home;

import java.util.Map;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.portalcommon.session.SignedInUser;

/**
 * Platform staff's home ({@code /plateforme}): what exists for them today (for platform admins: the audit log, the
 * top-ups to check, the ledger check, the catalogue's offers, the advantage codes and the shipping settings) and, honestly, that the support tools come with a later version. It links to
 * no page that does not exist, nor to one the person may not open.
 */
@Controller(AdminPaths.STAFF)
class StaffHomeController {

    @Get(produces = MediaType.TEXT_HTML)
    @View("home/staff")
    Map<String, Object> home(SignedInUser user) {
        return Map.of("administers", user.hasRole(SignedInUser.PLATFORM_ADMIN));
    }
}
