package org.openbenefits.portalcommon.layout;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.csrf.CsrfFilter;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.session.PortalSession;
import org.openbenefits.portalcommon.session.SessionPaths;
import org.openbenefits.portalcommon.session.SignedInUser;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.i18n.LanguageSwitch;

/** Builds the {@link Layout} of a request: for pages (through {@link LayoutModelProcessor}) and error pages. */
@Singleton
public class Layouts {

    static final String STYLESHEET = "/assets/css/openbenefits.css";

    private final PortalIdentity portal;
    private final WebJarAssets assets;
    private final HttpLocaleResolver localeResolver;

    Layouts(PortalIdentity portal, WebJarAssets assets, HttpLocaleResolver localeResolver) {
        this.portal = portal;
        this.assets = assets;
        this.localeResolver = localeResolver;
    }

    public Layout forRequest(HttpRequest<?> request) {
        String currentPath = currentPath(request);
        Language language = Language.of(localeResolver.resolveOrDefault(request));
        SignedInUser user = PortalSession.user(request).orElse(null);
        return new Layout(
                portal.nameKey(),
                portal.navigation(user).stream()
                        .map(link -> new Layout.NavigationItem(link.path(), link.labelKey(),
                                link.isActiveFor(request.getPath()), link.count()))
                        .toList(),
                language.tag(),
                LanguageSwitch.options(language, currentPath),
                assets,
                STYLESHEET,
                user,
                CsrfFilter.token(request).orElse(""),
                signInHref(request.getPath(), currentPath),
                Flash.current(request).orElse(null));
    }

    /** Where the header's "Se connecter" leads: back to this page afterwards; none on the session pages themselves. */
    @Nullable
    private static String signInHref(String path, String currentPath) {
        if (path.equals(SessionPaths.SIGN_IN) || path.startsWith(SessionPaths.ACTIVATION)
                || path.startsWith(SessionPaths.PASSWORD)) {
            return null;
        }
        return "/".equals(currentPath) ? SessionPaths.SIGN_IN : SessionPaths.signInReturningTo(currentPath);
    }

    private static String currentPath(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        String path = request.getUri().getRawPath();
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }
}
