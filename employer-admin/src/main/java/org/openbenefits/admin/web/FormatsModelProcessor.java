package org.openbenefits.admin.web;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewUtils;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

/** Adds {@link Formats} in the request's language to the model of every page, as {@code fmt}. */
@Singleton
class FormatsModelProcessor implements ViewModelProcessor<Object> {

    static final String MODEL_KEY = "fmt";

    private final HttpLocaleResolver locales;

    FormatsModelProcessor(HttpLocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Object> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().map(ViewUtils::modelOf).orElseGet(Map::of));
        model.put(MODEL_KEY, new Formats(locales.resolveOrDefault(request)));
        modelAndView.setModel(model);
    }
}
