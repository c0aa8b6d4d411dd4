package org.openbenefits.portalcommon.layout;

/**
 * One entry of a portal's primary navigation.
 *
 * @param path     the local path it leads to; list only pages that exist
 * @param labelKey the message key of its visible text
 * @param count    a number shown beside the text (the cart's item count), or null for none
 */
public record NavigationLink(String path, String labelKey, @io.micronaut.core.annotation.Nullable Integer count) {

    /** An entry without a number beside it. */
    public NavigationLink(String path, String labelKey) {
        this(path, labelKey, null);
    }

    /** Whether a visitor reading {@code currentPath} is in this entry's area. */
    public boolean isActiveFor(String currentPath) {
        if ("/".equals(path)) {
            return "/".equals(currentPath);
        }
        return currentPath.equals(path) || currentPath.startsWith(path + "/");
    }
}
