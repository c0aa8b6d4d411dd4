package org.openbenefits.portalcommon.testing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.Router;
import org.openbenefits.portalcommon.web.PortalCookies;

/**
 * Walks every route of a portal ({@link PageRoutes}) as each person given, and every local file or page the pages link
 * to: each GET route, each POST route without its anti-forgery token (the "page expired" page) and with it (whatever
 * an empty form gets). The answers come back named ("GET /salaries/{id} as HR manager"), for a test to assert on all.
 */
public final class EveryPage {

    private static final String TOKEN = "walking-every-page-anti-forgery-token-00000";

    private EveryPage() {
    }

    /**
     * @param people the Cookie header of each person by name ({@code ""} for a visitor), without anti-forgery cookie
     * @param values the value of each path variable ({@code id -> 100}); {@code 1} for the others
     */
    public static Map<String, HttpResponse<String>> walk(Pages pages, Router router, PortalCookies cookies,
                                                         Map<String, String> people, Map<String, String> values) {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        Set<String> linked = new LinkedHashSet<>();
        for (Map.Entry<String, String> person : people.entrySet()) {
            String cookie = join(person.getValue(), cookies.csrf() + "=" + TOKEN);
            for (String template : PageRoutes.of(router, HttpMethod.GET)) {
                HttpResponse<String> page = pages.get(PageRoutes.filled(template, values), "Cookie", cookie);
                answers.put("GET " + template + " as " + person.getKey(), page);
                if (page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    linked.addAll(Pages.localLinks(page.body()));
                }
            }
            for (String template : PageRoutes.of(router, HttpMethod.POST)) {
                String path = PageRoutes.filled(template, values);
                answers.put("POST " + template + " without token as " + person.getKey(),
                        pages.post(path, Map.of(), "Cookie", cookie));
                answers.put("POST " + template + " as " + person.getKey(),
                        pages.post(path, Map.of("csrfToken", TOKEN), "Cookie", cookie));
            }
        }
        for (String link : linked) {
            answers.put("GET " + link, pages.get(link, "Accept", "*/*"));
        }
        return answers;
    }

    private static String join(String cookies, String cookie) {
        return cookies.isEmpty() ? cookie : cookies + "; " + cookie;
    }
}
