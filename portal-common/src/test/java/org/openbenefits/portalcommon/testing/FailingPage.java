package org.openbenefits.portalcommon.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** A page that fails, present only in tests that set {@code test.failing-page}, to see what visitors get then. */
@Requires(property = "test.failing-page", value = "true")
@Controller("/test-only/failing-page")
class FailingPage {

    @Get(produces = MediaType.TEXT_HTML)
    String fail() {
        throw new IllegalStateException("Cannot reach the database password store");
    }
}
