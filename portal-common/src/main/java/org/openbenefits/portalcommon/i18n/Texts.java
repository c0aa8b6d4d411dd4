package org.openbenefits.portalcommon.i18n;

import io.micronaut.context.MessageSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;

/** A portal's texts in the language of a request, for messages written from code (errors beside fields). */
@Singleton
public class Texts {

    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    Texts(MessageSource messages, HttpLocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** The text of {@code key} in the request's language, {@code {0}}... replaced by {@code args}. */
    public String get(HttpRequest<?> request, String key, Object... args) {
        return messages.getMessage(key, locales.resolveOrDefault(request), args).orElse(key);
    }
}
