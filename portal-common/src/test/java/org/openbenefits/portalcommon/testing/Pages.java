package org.openbenefits.portalcommon.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.runtime.server.EmbeddedServer;

/**
 * Plain HTTP requests to the running portal, as a browser sends them, without following redirects; and
 * the few readings of a page that tests need (its main heading, its links).
 */
public final class Pages {

    public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** How long a request may wait for its answer: a page that never answers fails its test instead of hanging it. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
    private static final Pattern LOCAL_LINK = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");

    // HTTP/1.1 as browsers speak it over plain http (no h2c upgrade).
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    public Pages(EmbeddedServer server) {
        this.base = server.getURI();
    }

    /** GET {@code path} with a browser's Accept header, plus the given header name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", BROWSER_ACCEPT);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST a form ({@code application/x-www-form-urlencoded}) with the given header name/value pairs. */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of the cookie {@code name} the response sets, if it sets it. */
    public static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .map(header -> header.substring(name.length() + 1, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
                .findFirst();
    }

    /** The value of the hidden anti-forgery field of the page's first form. */
    public static String csrfField(String html) {
        Matcher field = CSRF_FIELD.matcher(html);
        if (!field.find()) {
            throw new AssertionError("No csrfToken field in:\n" + html);
        }
        return field.group(1);
    }

    /** The text of the page's first {@code h1}. */
    public static String heading(String html) {
        Matcher h1 = H1.matcher(html);
        if (!h1.find()) {
            throw new AssertionError("No <h1> in:\n" + html);
        }
        return h1.group(1).replaceAll("<[^>]+>", "").strip();
    }

    /** Every local URL the page links to or loads ({@code href} and {@code src} starting with a slash). */
    public static List<String> localLinks(String html) {
        List<String> links = new ArrayList<>();
        Matcher link = LOCAL_LINK.matcher(html);
        while (link.find()) {
            links.add(link.group(1).replace("&amp;", "&"));
        }
        return links;
    }
}
