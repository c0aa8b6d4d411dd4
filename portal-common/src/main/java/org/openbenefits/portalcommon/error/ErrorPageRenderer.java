package org.openbenefits.portalcommon.error;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.layout.Layout;
import org.openbenefits.portalcommon.layout.Layouts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error page browsers see, in the portal's layout and the visitor's language, for every error
 * Micronaut answers itself: unknown path (404), wrong method (405), bad request (400), an exception no
 * handler took (500)...
 *
 * <p>{@link HtmlErrorResponses}, the portals' error response processor, asks this provider for every error,
 * whatever the request accepts. Plugging in there, rather than a global {@code @Error(exception = Throwable.class)}
 * route, leaves the statuses and the exception handlers of other modules (security, validation) as they are: only
 * the body changes.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
public class ErrorPageRenderer implements HtmlErrorResponseBodyProvider {

    static final String VIEW = "error/error";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageRenderer.class);

    private final ThymeleafViewsRenderer<Map<String, Object>> views;
    private final Layouts layouts;

    ErrorPageRenderer(ThymeleafViewsRenderer<Map<String, Object>> views, Layouts layouts) {
        this.views = views;
        this.layouts = layouts;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        return html(context.getRequest(), response.code());
    }

    /** The error page for {@code status}, for answers a filter gives before any route runs. */
    public String html(HttpRequest<?> request, int status) {
        return html(request, ErrorPage.forStatus(status));
    }

    /** The error page with its own texts. */
    public String html(HttpRequest<?> request, ErrorPage page) {
        int status = page.status();
        try {
            Map<String, Object> model = Map.of(
                    Layout.MODEL_KEY, layouts.forRequest(request),
                    ErrorPage.MODEL_KEY, page);
            StringWriter html = new StringWriter();
            views.render(VIEW, model, request).writeTo(html);
            return html.toString();
        } catch (IOException | RuntimeException e) {
            // The error page must not fail in turn: a bare page still tells the visitor what happened.
            LOG.error("Cannot render the error page for status {} on {}", status, request.getPath(), e);
            return bare(page);
        }
    }

    private static String bare(ErrorPage page) {
        String title = page.status() == 404 ? "Page introuvable" : "Une erreur est survenue";
        return "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title
                + " · OpenBenefits</title></head><body><main><h1>" + title + "</h1><p>Erreur " + page.status()
                + ". <a href=\"/\">Retour à l’accueil</a></p></main></body></html>";
    }
}
