package org.openbenefits.admin.home;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import org.openbenefits.portalcommon.session.PortalAccess;
import org.openbenefits.portalcommon.session.SignedInUser;

/** The employer portal's home page: what HR managers and support agents will find here, and the way in. */
@Controller
class HomeController {

    private final PortalAccess access;

    HomeController(PortalAccess access) {
        this.access = access;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("home/home")
    Map<String, Object> home(@Nullable SignedInUser user) {
        Map<String, Object> model = new HashMap<>();
        boolean ours = user != null && access.roles().contains(user.role());
        model.put("spaceHref", ours ? access.home(user) : null);
        return model;
    }
}
