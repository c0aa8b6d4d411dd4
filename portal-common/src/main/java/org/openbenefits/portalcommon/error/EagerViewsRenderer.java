package org.openbenefits.portalcommon.error;

import java.io.IOException;
import java.io.StringWriter;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.LoggingSystem;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Renders every Thymeleaf view completely before its response is sent, so that a template failing half-way (a bad
 * expression, a missing model value) ends in the 500 error page instead of in no answer at all.
 *
 * <p>Micronaut's renderer returns a {@link Writable} that runs the template only when the response body is written,
 * after the status and headers were decided and outside of the request's error handling: an exception there was
 * lost, and the browser waited for a response that never came. Here the view is rendered into a string while the
 * views filter runs; a failure becomes a {@link ViewRenderingFailure}, which {@link ViewRenderingFailureHandler} logs
 * and answers with the error page. Pages are small, so nothing is lost by not streaming them.
 *
 * <p>Thymeleaf's engine logs every template failure itself before rethrowing it; its logger
 * ({@value #THYMELEAF_LOGGER}) is switched off so that each failure is logged once, by the handler.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
public class EagerViewsRenderer<T> extends ThymeleafViewsRenderer<T> {

    static final String THYMELEAF_LOGGER = "org.thymeleaf.TemplateEngine";

    EagerViewsRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine templateEngine,
                       ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver,
                       BeanProvider<LoggingSystem> loggingSystem) {
        super(templateResolver, templateEngine, resourceLoader, httpLocaleResolver);
        loggingSystem.ifPresent(logging -> logging.setLogLevel(THYMELEAF_LOGGER, LogLevel.OFF));
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter html = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(html);
        } catch (IOException | RuntimeException e) {
            throw new ViewRenderingFailure(viewName, e);
        }
        String rendered = html.toString();
        return out -> out.write(rendered);
    }
}
