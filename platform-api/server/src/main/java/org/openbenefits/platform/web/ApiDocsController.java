package org.openbenefits.platform.web;

import java.net.URI;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/** A short, stable address for the interactive API page generated at build time under /swagger-ui/. */
@Controller("/api-docs")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ApiDocsController {

    @Get
    HttpResponse<?> apiDocs() {
        return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
    }
}
