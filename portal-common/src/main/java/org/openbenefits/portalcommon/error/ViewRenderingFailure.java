package org.openbenefits.portalcommon.error;

import io.micronaut.views.exceptions.ViewRenderingException;

/** A view that could not be rendered (see {@link EagerViewsRenderer}); its message names the view, never the model. */
public class ViewRenderingFailure extends ViewRenderingException {

    private final String viewName;

    public ViewRenderingFailure(String viewName, Throwable cause) {
        super("Cannot render the view " + viewName, cause);
        this.viewName = viewName;
    }

    public String viewName() {
        return viewName;
    }
}
