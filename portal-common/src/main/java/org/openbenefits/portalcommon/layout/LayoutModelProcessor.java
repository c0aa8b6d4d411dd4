package org.openbenefits.portalcommon.layout;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewUtils;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

/**
 * Adds the {@link Layout} to the model of every page rendered through {@code @View}, turning the page's
 * model into a map the way the Thymeleaf renderer does (a {@code Map}, or an {@code @Introspected} bean or
 * record). A page must return a model, even an empty map: Micronaut decorates no absent model.
 */
@Singleton
class LayoutModelProcessor implements ViewModelProcessor<Object> {

    private final Layouts layouts;

    LayoutModelProcessor(Layouts layouts) {
        this.layouts = layouts;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Object> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().map(ViewUtils::modelOf).orElseGet(Map::of));
        model.put(Layout.MODEL_KEY, layouts.forRequest(request));
        modelAndView.setModel(model);
    }
}
