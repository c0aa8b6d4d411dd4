package org.openbenefits.admin.home;

import java.util.Map;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;

/** The employer portal's home page: what HR managers and support agents will find here. */
@Controller
class HomeController {

    @Get(produces = MediaType.TEXT_HTML)
    @View("home/home")
    Map<String, Object> home() {
        return Map.of();
    }
}
