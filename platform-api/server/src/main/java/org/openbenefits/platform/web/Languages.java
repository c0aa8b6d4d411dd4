package org.openbenefits.platform.web;

import java.util.List;
import java.util.Locale;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

/** The language a request is answered in: English when Accept-Language prefers it to French, French otherwise. */
final class Languages {

    static final String FRENCH = "fr";
    static final String ENGLISH = "en";
    private static final List<String> SPOKEN = List.of(FRENCH, ENGLISH);

    private Languages() {
    }

    static String of(HttpRequest<?> request) {
        return of(request == null ? null : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static String of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 512) {
            return FRENCH;
        }
        try {
            List<String> matching = Locale.filterTags(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
            return matching.isEmpty() ? FRENCH : matching.getFirst();
        } catch (IllegalArgumentException malformed) {
            return FRENCH;
        }
    }
}
