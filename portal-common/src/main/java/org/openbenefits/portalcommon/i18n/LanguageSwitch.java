package org.openbenefits.portalcommon.i18n;

import java.util.Arrays;
import java.util.List;

import io.micronaut.http.uri.UriBuilder;

/** What the layout's language switch shows: one link per language, the current one marked. */
public final class LanguageSwitch {

    /** Where the switch's links point ({@code /language/{tag}?from=...}). */
    public static final String PATH = "/language";

    private LanguageSwitch() {
    }

    /** One entry of the switch. */
    public record Option(String tag, String label, String href, boolean current) {
    }

    /** The switch's entries for a visitor reading {@code currentPath} in {@code current}. */
    public static List<Option> options(Language current, String currentPath) {
        return Arrays.stream(Language.values())
                .map(language -> new Option(language.tag(), language.ownName(), linkTo(language, currentPath),
                        language == current))
                .toList();
    }

    /** The link that switches to {@code language} and comes back to {@code currentPath}. */
    public static String linkTo(Language language, String currentPath) {
        return UriBuilder.of(PATH).path(language.tag())
                .queryParam("from", LocalPath.orHome(currentPath))
                .toString();
    }
}
