package org.openbenefits.portalcommon.i18n;

import java.net.URI;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;

/**
 * The language switch's target: {@code GET /language/en?from=/orders} remembers English in a cookie
 * and sends the visitor back to the page they were reading, which must be a path on this site.
 * A GET (a plain link) keeps the switch usable without JavaScript and outside any form or CSRF token;
 * it changes nothing but the visitor's own display preference.
 */
@Controller(LanguageSwitch.PATH)
class LanguageController {

    @Get(uri = "/{tag}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> choose(HttpRequest<?> request, @PathVariable String tag, @Nullable @QueryValue String from) {
        URI back = URI.create(LocalPath.orHome(from));
        return Language.fromTag(tag)
                .<HttpResponse<?>>map(language ->
                        HttpResponse.seeOther(back).cookie(LanguageCookie.of(language, request)))
                .orElseGet(() -> HttpResponse.seeOther(back));
    }
}
