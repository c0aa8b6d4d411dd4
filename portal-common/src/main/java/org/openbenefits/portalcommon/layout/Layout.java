package org.openbenefits.portalcommon.layout;

import java.util.List;

import org.openbenefits.portalcommon.csrf.CsrfFilter;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.portalcommon.i18n.LanguageSwitch;
import org.openbenefits.portalcommon.session.SignedInUser;

/**
 * Everything {@code views/layout/page.html} shows around a page's content, found in every model as
 * {@value #MODEL_KEY}.
 *
 * @param portalNameKey  message key of the portal's name
 * @param navigation     the primary navigation, the visitor's current area marked
 * @param language       the tag of the language the page is rendered in
 * @param languages      the language switch's entries
 * @param assets         URLs of the WebJar styles and scripts
 * @param stylesheet     URL of the portals' own stylesheet
 * @param user           the signed-in person, null for a visitor
 * @param csrfToken      the anti-forgery token every form and htmx request sends back
 * @param signInHref     the sign-in page's address, returning to the current page; null on the session pages
 * @param flashKey       message key of a one-time confirmation to show at the top of the page, or null
 */
public record Layout(String portalNameKey, List<NavigationItem> navigation, String language,
                     List<LanguageSwitch.Option> languages, WebJarAssets assets, String stylesheet,
                     @Nullable SignedInUser user, String csrfToken, @Nullable String signInHref,
                     @Nullable String flashKey) {

    /** The model attribute holding the layout. */
    public static final String MODEL_KEY = "layout";

    /** The htmx configuration of the page's body: every htmx request carries the anti-forgery token. */
    public String htmxHeaders() {
        return "{\"" + CsrfFilter.HEADER + "\": \"" + csrfToken + "\"}";
    }

    /** A navigation entry as rendered: where, which text, and whether it is the current area. */
    public record NavigationItem(String path, String labelKey, boolean current) {
    }
}
