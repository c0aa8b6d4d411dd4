package org.openbenefits.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Sets the browser's security headers on every response of platform-api, errors and redirects included. The API
 * answers JSON for programs, so its Content-Security-Policy allows nothing at all ({@value #API_POLICY}): a response
 * opened in a browser can run no script, load nothing, and be framed by no page.
 *
 * <p>The interactive API page ({@value #API_PAGE}), generated at build time by micronaut-openapi, needs its own
 * policy: its files come from this origin, its one inline script (which loads Swagger UI and points it at the OpenAPI
 * document) is allowed by its SHA-256 hash, and so is the one {@code <style>} element Swagger UI writes (inside its
 * logo). Both hashes are computed at start from the generated files themselves, so that no other inline script or
 * style can run ({@code 'unsafe-inline'} is never allowed) and a new Swagger UI version needs no change here. Swagger
 * UI's images include {@code data:} URLs.
 *
 * <p>The card gateway simulator's hosted pages ({@value #HOSTED_PAGES}) keep the policy they set: no script, their one
 * inline style by its hash, forms posted to this origin and to the intent's return address.
 *
 * <p>HSTS is sent only on requests that arrived over TLS: behind a proxy that terminates TLS, the proxy sets it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    static final String API_PAGE = "/swagger-ui/";
    static final String HOSTED_PAGES = "/simulator/";
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";
    private static final String API_PAGE_FILES = "META-INF/swagger/views/swagger-ui/";
    private static final String API_PAGE_HTML = API_PAGE_FILES + "index.html";
    private static final List<String> API_PAGE_SCRIPTS = List.of(API_PAGE_FILES + "res/swagger-ui-bundle.js",
            API_PAGE_FILES + "res/swagger-ui-standalone-preset.js");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    /** A {@code <style>} element as Swagger UI's React code creates it: {@code createElement("style",null,"...")}. */
    private static final Pattern STYLE_ELEMENT = Pattern.compile("createElement\\(\"style\",null,\"([^\"\\\\]*)\"\\)");

    private final String apiPagePolicy;

    SecurityHeadersFilter() {
        this.apiPagePolicy = apiPagePolicy(inlineScriptHashes(), styleElementHashes());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        // The card gateway simulator's hosted pages (package payment.simulator) set their own policy, per intent.
        if (!(request.getPath().startsWith(HOSTED_PAGES) && headers.contains("Content-Security-Policy"))) {
            headers.set("Content-Security-Policy", request.getPath().startsWith(API_PAGE) ? apiPagePolicy : API_POLICY);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        if (request.isSecure()) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
    }

    static String apiPagePolicy(List<String> scriptHashes, List<String> styleHashes) {
        return "default-src 'none'; script-src " + sources(scriptHashes) + "; style-src " + sources(styleHashes)
                + "; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
                + "frame-ancestors 'none'";
    }

    /** The inline scripts of the API page, as base64 SHA-256 hashes. */
    static List<String> inlineScriptHashes() {
        return hashes(API_PAGE_HTML, INLINE_SCRIPT);
    }

    /** The {@code <style>} elements Swagger UI's scripts write, as base64 SHA-256 hashes of their text. */
    static List<String> styleElementHashes() {
        List<String> hashes = new ArrayList<>();
        API_PAGE_SCRIPTS.forEach(script -> hashes.addAll(hashes(script, STYLE_ELEMENT)));
        return hashes;
    }

    private static String sources(List<String> hashes) {
        StringBuilder sources = new StringBuilder("'self'");
        hashes.forEach(hash -> sources.append(" 'sha256-").append(hash).append('\''));
        return sources.toString();
    }

    /**
     * The base64 SHA-256 of the first group of each match of {@code inline} in the file at {@code resource}; none when
     * there is no such file (a build without the generated page).
     */
    private static List<String> hashes(String resource, Pattern inline) {
        try (InputStream in = SecurityHeadersFilter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            Matcher code = inline.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> hashes = new ArrayList<>();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            while (code.find()) {
                byte[] text = code.group(1).getBytes(StandardCharsets.UTF_8);
                hashes.add(Base64.getEncoder().encodeToString(sha256.digest(text)));
            }
            return hashes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
