package org.openbenefits.portalcommon.testing;

import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;

/**
 * A page whose controller succeeds but whose template fails while it is rendered, present only in tests that set
 * {@code test.failing-page}: the view is rendered after the controller has returned, when the status is already
 * decided, so a failure there must still end in the 500 page rather than in no answer at all.
 */
@Requires(property = "test.failing-page", value = "true")
@Controller("/test-only/failing-view")
class FailingView {

    /** Navigates through a model value that is not there ({@code views/test-only/failing-view.html}). */
    @Get(produces = MediaType.TEXT_HTML)
    @View("test-only/failing-view")
    Map<String, Object> missingValue() {
        return Map.of("person", Map.of("email", "camille.martin@acme.example"));
    }

    /** Calls a model method that throws, its message carrying what must never reach the visitor. */
    @Get(uri = "/method", produces = MediaType.TEXT_HTML)
    @View("test-only/failing-view-method")
    Map<String, Object> throwingMethod() {
        return Map.of("account", new Account());
    }

    /** A view that renders: eager rendering changes nothing for the pages that work. */
    @Get(uri = "/working", produces = MediaType.TEXT_HTML)
    @View("test-only/working-view")
    Map<String, Object> working() {
        return Map.of("greeting", "Bonjour Camille");
    }

    public static final class Account {

        public String balance() {
            throw new IllegalStateException("Cannot read the balance of camille.martin@acme.example");
        }
    }
}
