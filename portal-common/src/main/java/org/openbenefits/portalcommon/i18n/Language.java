package org.openbenefits.portalcommon.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portals are written in: French first (the market is France), English second. */
public enum Language {

    FRENCH("fr", "Français"),
    ENGLISH("en", "English");

    /** What a visitor reads until they choose otherwise; the browser's Accept-Language does not change it. */
    public static final Language DEFAULT = FRENCH;

    private final String tag;
    private final String ownName;

    Language(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    /** The BCP 47 tag used in the language cookie, the {@code lang} attribute and the switch's URL. */
    public String tag() {
        return tag;
    }

    /** The language's name written in itself, as a language switch shows it ("Français", "English"). */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The supported language with this tag; anything else (unknown, blank, a region variant) is empty. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String wanted = tag.trim();
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(wanted)).findFirst();
    }

    /** The supported language of a locale (by its language part), or the default one. */
    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.getLanguage()).orElse(DEFAULT);
    }
}
