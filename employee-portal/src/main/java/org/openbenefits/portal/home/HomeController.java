package org.openbenefits.portal.home;

import java.util.Map;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;

/** The employee's home page: what the portal offers, before signing in. */
@Controller
class HomeController {

    @Get(produces = MediaType.TEXT_HTML)
    @View("home/home")
    Map<String, Object> home() {
        return Map.of();
    }
}
