package org.openbenefits.portalcommon.testing;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;

/**
 * The portal's routes as its router knows them, so that a test walking "every page" also walks the pages added after
 * it was written. The fake platform-api's routes ({@value #FAKE_API}, served by the portal itself in tests) and the
 * test-only pages are left out.
 */
public final class PageRoutes {

    static final String FAKE_API = "/api/";
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)[^}]*}");
    private static final Pattern QUERY = Pattern.compile("\\{[?&][^}]*}");

    private PageRoutes() {
    }

    /** The URI templates of the routes answering {@code method}, e.g. {@code /salaries/{id}}, sorted. */
    public static List<String> of(Router router, HttpMethod method) {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() == method)
                .map(route -> QUERY.matcher(route.getUriMatchTemplate().toString()).replaceAll(""))
                .filter(template -> !template.startsWith(FAKE_API) && !template.startsWith("/test-only"))
                .distinct()
                .sorted()
                .toList();
    }

    /** The template with each {@code {variable}} replaced by its value in {@code values}, or by {@code 1}. */
    public static String filled(String template, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(variable.group(1), "1")));
        }
        variable.appendTail(path);
        return path.isEmpty() ? "/" : path.toString();
    }
}
