package org.openbenefits.portal.profile;

/**
 * A country the postal address form offers (public: the page template reads it).
 *
 * @param code ISO 3166-1 alpha-2, as platform-api keeps it
 * @param name the country's name in the page's language
 */
public record CountryChoice(String code, String name) {
}
