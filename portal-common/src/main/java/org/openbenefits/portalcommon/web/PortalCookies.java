package org.openbenefits.portalcommon.web;

import java.util.Optional;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/**
 * The names and attributes of the cookies a portal sets, for the request being handled: the session's access and
 * refresh tokens, the anti-forgery token, the one-time confirmation and the language.
 *
 * <p>Browsers keep cookies per host, not per port: two portals on one host ({@code 127.0.0.1:8081} and {@code :8082})
 * would overwrite each other's session if their cookies had the same names. Each portal's names therefore start with
 * its own prefix ({@link org.openbenefits.portalcommon.layout.PortalIdentity#cookiePrefix()}): {@code ob_employee_session},
 * {@code ob_employer_session}... Over HTTPS (see {@link PublicUrl}) every name also takes the {@value #HOST_PREFIX}
 * prefix and every cookie is Secure: a browser then accepts the cookie only from a secure page of this very host, with
 * {@code Path=/} and no {@code Domain}, so a sibling subdomain or a plain-HTTP page cannot plant or overwrite it.
 *
 * <p>{@link PortalCookiesFilter} puts the names on every request before any other filter runs; the helpers that read
 * and write cookies ({@code SessionCookies}, {@code CsrfFilter}, {@code Flash}, {@code LanguageCookie}) take them
 * from the request with {@link #of(HttpRequest)}.
 *
 * @param prefix the portal's prefix, e.g. {@code ob_employee}
 * @param https  whether the portal is served over HTTPS: names with {@value #HOST_PREFIX}, cookies Secure
 */
public record PortalCookies(String prefix, boolean https) {

    /** The prefix that binds a cookie to the host that set it over HTTPS (RFC 6265bis). */
    public static final String HOST_PREFIX = "__Host-";
    private static final String ATTRIBUTE = "openbenefits.cookies";

    /** The access token (see {@code SessionCookies}). */
    public String session() {
        return name("session");
    }

    /** The single-use refresh token (see {@code SessionCookies}). */
    public String refresh() {
        return name("refresh");
    }

    /** The anti-forgery token (see {@code CsrfFilter}). */
    public String csrf() {
        return name("csrf");
    }

    /** The one-time confirmation (see {@code Flash}). */
    public String flash() {
        return name("flash");
    }

    /** The chosen language (see {@code LanguageCookie}). */
    public String language() {
        return name("lang");
    }

    /** A cookie of this portal: the whole site ({@code Path=/}), HttpOnly, SameSite=Lax, Secure over HTTPS. */
    public Cookie cookie(String name, String value) {
        return Cookie.of(name, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(https);
    }

    /** The value of this portal's cookie {@code name} in the request, if it is there and not blank. */
    public Optional<String> value(HttpRequest<?> request, String name) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    /** Makes these the cookies of the portal answering {@code request}. */
    public void attachTo(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The cookies of the portal answering {@code request}. */
    public static PortalCookies of(HttpRequest<?> request) {
        return find(request).orElseThrow(() -> new IllegalStateException(
                "No portal cookie names on " + request.getPath() + ": PortalCookiesFilter did not run"));
    }

    /**
     * The cookies of the portal answering {@code request}; empty for a request that reached no filter (an error page
     * for a request the server refused before routing it), which then reads as one without cookies.
     */
    public static Optional<PortalCookies> find(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, PortalCookies.class);
    }

    private String name(String cookie) {
        return (https ? HOST_PREFIX : "") + prefix + "_" + cookie;
    }
}
