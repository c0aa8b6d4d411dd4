package org.openbenefits.portalcommon.layout;

/**
 * One entry of a portal's primary navigation.
 *
 * @param path     the local path it leads to; list only pages that exist
 * @param labelKey the message key of its visible text
 */
public record NavigationLink(String path, String labelKey) {

    /** Whether a visitor reading {@code currentPath} is in this entry's area. */
    public boolean isActiveFor(String currentPath) {
        if ("/".equals(path)) {
            return "/".equals(currentPath);
        }
        return currentPath.equals(path) || currentPath.startsWith(path + "/");
    }
}
