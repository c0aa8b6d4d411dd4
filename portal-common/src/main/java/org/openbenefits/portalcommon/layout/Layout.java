package org.openbenefits.portalcommon.layout;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.portalcommon.csrf.CsrfFilter;
import org.openbenefits.portalcommon.forms.Flash;
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
 * @param flash          a one-time confirmation to show at the top of the page (its message key and the values of
 *                       its placeholders), or null
 */
public record Layout(String portalNameKey, List<NavigationItem> navigation, String language,
                     List<LanguageSwitch.Option> languages, WebJarAssets assets, String stylesheet,
                     @Nullable SignedInUser user, String csrfToken, @Nullable String signInHref,
                     @Nullable Flash.Message flash) {

    /** The model attribute holding the layout. */
    public static final String MODEL_KEY = "layout";

    /** The htmx configuration of the page's body: every htmx request carries the anti-forgery token. */
    public String htmxHeaders() {
        return "{\"" + CsrfFilter.HEADER + "\": \"" + csrfToken + "\"}";
    }

    /**
     * Argument {@code index} of the flash message as the layout passes it to {@code #{key(...)}}: empty when there is
     * none, and written so that its text comes out as it is. Micronaut Views' Thymeleaf message resolver interpolates
     * a message a second time after filling in its arguments, where an apostrophe in an argument would vanish and a
     * {@code {1}} in it would be replaced; in that pass {@code ''} reads as an apostrophe and {@code '{'} as a brace.
     */
    public String flashArgument(int index) {
        if (flash == null) {
            return "";
        }
        String argument = flash.argument(index);
        StringBuilder literal = new StringBuilder(argument.length() + 8);
        for (char c : argument.toCharArray()) {
            switch (c) {
                case '\'' -> literal.append("''");
                case '{' -> literal.append("'{'");
                case '}' -> literal.append("'}'");
                default -> literal.append(c);
            }
        }
        return literal.toString();
    }

    /**
     * A navigation entry as rendered: where, which text, whether it is the current area, and the number shown beside
     * its text, if any.
     */
    public record NavigationItem(String path, String labelKey, boolean current,
                                 @io.micronaut.core.annotation.Nullable Integer count) {

        public NavigationItem(String path, String labelKey, boolean current) {
            this(path, labelKey, current, null);
        }
    }
}
