package org.openbenefits.portalcommon.layout;

import java.util.List;

import org.openbenefits.portalcommon.i18n.LanguageSwitch;

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
 */
public record Layout(String portalNameKey, List<NavigationItem> navigation, String language,
                     List<LanguageSwitch.Option> languages, WebJarAssets assets, String stylesheet) {

    /** The model attribute holding the layout. */
    public static final String MODEL_KEY = "layout";

    /** A navigation entry as rendered: where, which text, and whether it is the current area. */
    public record NavigationItem(String path, String labelKey, boolean current) {
    }
}
