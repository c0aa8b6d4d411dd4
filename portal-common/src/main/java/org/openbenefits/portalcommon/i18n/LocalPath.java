package org.openbenefits.portalcommon.i18n;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A redirect target that stays on this site: a path (with optional query) starting with a single
 * slash. Anything else, such as {@code https://evil.example}, {@code //evil.example} or
 * {@code /\evil.example}, becomes the home page, so that no link can use the portal as an open redirect.
 */
public final class LocalPath {

    public static final String HOME = "/";

    private LocalPath() {
    }

    /** The candidate if it is a local path, otherwise {@value #HOME}. */
    public static String orHome(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.charAt(0) != '/') {
            return HOME;
        }
        if (candidate.startsWith("//") || candidate.indexOf('\\') >= 0) {
            return HOME;
        }
        // Browsers drop tabs and line breaks in URLs, which would turn "/\t/evil" into "//evil".
        if (candidate.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return HOME;
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null) {
                return HOME;
            }
        } catch (URISyntaxException e) {
            return HOME;
        }
        return candidate;
    }
}
