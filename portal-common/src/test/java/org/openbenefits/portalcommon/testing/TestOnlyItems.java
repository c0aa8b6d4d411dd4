package org.openbenefits.portalcommon.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

/**
 * Pages with typed inputs, present only in tests that set {@code test.failing-page}, to see what a visitor gets for
 * an address or a parameter that does not read as its type ({@code /test-only/items/abc}, {@code ?page=abc}).
 */
@Requires(property = "test.failing-page", value = "true")
@Controller("/test-only/items")
class TestOnlyItems {

    @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
    String item(@PathVariable long id) {
        return "<p>Item " + id + "</p>";
    }

    @Get(produces = MediaType.TEXT_HTML)
    String page(@QueryValue int page) {
        return "<p>Page " + page + "</p>";
    }
}
