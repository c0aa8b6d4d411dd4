package org.openbenefits.platform.employee;

import java.net.URI;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The import's former addresses under {@code /api/v1/employees/imports}, which read like an employee's
 * ({@code /employees/{id}}): each answers 308 Permanent Redirect to the same path under {@link ImportController#PATH},
 * so that a client keeps its method and body, and learns the new address. Deprecated (docs/api/changelog.md), left out
 * of the OpenAPI document, open to anyone since a redirect tells nothing: the new address checks the token.
 */
@Controller(ImportPathAliases.FORMER_PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ImportPathAliases {

    static final String FORMER_PATH = "/api/v1/employees/imports";

    @Get("/template")
    HttpResponse<?> template(HttpRequest<?> request) {
        return moved(request);
    }

    @Get("/{id}")
    HttpResponse<?> job(@PathVariable String id, HttpRequest<?> request) {
        return moved(request);
    }

    @Post("/preview")
    @Consumes(MediaType.ALL)
    HttpResponse<?> preview(HttpRequest<?> request) {
        return moved(request);
    }

    @Post
    @Consumes(MediaType.ALL)
    HttpResponse<?> start(HttpRequest<?> request) {
        return moved(request);
    }

    /** The same request's address under the new prefix, query string included. */
    private static HttpResponse<?> moved(HttpRequest<?> request) {
        String path = request.getPath();
        String query = request.getUri().getRawQuery();
        String target = ImportController.PATH + path.substring(FORMER_PATH.length()) + (query == null ? "" : "?" + query);
        return HttpResponse.status(HttpStatus.PERMANENT_REDIRECT).headers(h -> h.location(URI.create(target)));
    }
}
