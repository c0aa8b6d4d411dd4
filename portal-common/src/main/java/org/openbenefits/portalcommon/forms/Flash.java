package org.openbenefits.portalcommon.forms;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import org.openbenefits.portalcommon.web.PortalCookies;

/**
 * A confirmation shown once on the page a form redirects to ("Mot de passe modifié", "Invitation envoyée à
 * camille@acme.example"...): the message key, and the values of its {@code {0}}... placeholders if it has any, travel
 * in a short-lived cookie ({@link PortalCookies#flash()}), the layout shows the message, and the next page no longer does.
 *
 * <p>The cookie reads {@code key&arg0&arg1}, each argument URL-encoded and at most {@value #MAX_ENCODED_ARGUMENT}
 * characters long once encoded. Arguments are plain text: they only ever fill the message's placeholders, and the
 * layout escapes the whole message as HTML, so a value written by a person (or a cookie forged by one) can change
 * the text of a confirmation in their own browser, never the page's markup. A cookie that does not read that way is
 * ignored.
 */
public final class Flash {

    /** How many arguments a message may carry; the layout ({@code views/layout/page.html}) passes that many. */
    public static final int MAX_ARGUMENTS = 3;
    /** An argument's length at most once URL-encoded: room for any e-mail address; a longer value is shortened. */
    static final int MAX_ENCODED_ARGUMENT = 320;

    private static final String SEPARATOR = "&";
    private static final String SHORTENED = "…";
    private static final int MAX_KEY = 80;
    private static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_KEY + "}");
    private static final Pattern ENCODED_ARGUMENT =
            Pattern.compile("[A-Za-z0-9.*_+%-]{0," + MAX_ENCODED_ARGUMENT + "}");
    private static final int MAX_VALUE = MAX_KEY + MAX_ARGUMENTS * (SEPARATOR.length() + MAX_ENCODED_ARGUMENT);

    private Flash() {
    }

    /**
     * A message to show, and the values of its placeholders.
     *
     * @param key       the message key
     * @param arguments the values of {@code {0}}, {@code {1}}..., plain text; none for most messages
     */
    public record Message(String key, List<String> arguments) {

        public Message {
            arguments = List.copyOf(arguments);
        }

        /** The value of placeholder {@code {index}}; empty when the message carries fewer arguments. */
        public String argument(int index) {
            return index < arguments.size() ? arguments.get(index) : "";
        }
    }

    /** Shows the message of {@code messageKey} on the next page this browser opens. */
    public static void next(HttpRequest<?> request, MutableHttpResponse<?> response, String messageKey) {
        next(request, response, messageKey, new String[0]);
    }

    /**
     * Shows the message of {@code messageKey} on the next page this browser opens, its {@code {0}}, {@code {1}}...
     * filled with {@code arguments} (at most {@value #MAX_ARGUMENTS}, each shortened if longer than the cookie
     * allows).
     */
    public static void next(HttpRequest<?> request, MutableHttpResponse<?> response, String messageKey,
                            String... arguments) {
        if (arguments.length > MAX_ARGUMENTS) {
            throw new IllegalArgumentException("A flash message carries at most " + MAX_ARGUMENTS + " arguments, not "
                    + arguments.length + " (" + messageKey + ")");
        }
        StringBuilder value = new StringBuilder(messageKey);
        for (String argument : arguments) {
            value.append(SEPARATOR).append(encoded(argument == null ? "" : argument));
        }
        response.cookie(cookie(request, value.toString()).maxAge(Duration.ofMinutes(1)));
    }

    /** The message to show on this page, if any. */
    public static Optional<Message> current(HttpRequest<?> request) {
        return PortalCookies.find(request).flatMap(cookies -> cookies.value(request, cookies.flash())).flatMap(Flash::read);
    }

    /** Forgets the message once a page has shown it. */
    public static void shown(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (current(request).isPresent() && response.getCookies().findCookie(PortalCookies.of(request).flash()).isEmpty()) {
            response.cookie(cookie(request, "").maxAge(0));
        }
    }

    /** The message a cookie value carries; empty unless it is a key and at most {@value #MAX_ARGUMENTS} arguments. */
    static Optional<Message> read(String value) {
        if (value.length() > MAX_VALUE) {
            return Optional.empty();
        }
        String[] parts = value.split(SEPARATOR, -1);
        if (!MESSAGE_KEY.matcher(parts[0]).matches() || parts.length - 1 > MAX_ARGUMENTS) {
            return Optional.empty();
        }
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (!ENCODED_ARGUMENT.matcher(parts[i]).matches()) {
                return Optional.empty();
            }
            try {
                arguments.add(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        return Optional.of(new Message(parts[0], arguments));
    }

    /** The argument URL-encoded, shortened (ending with "…") until it fits in {@value #MAX_ENCODED_ARGUMENT}. */
    private static String encoded(String argument) {
        String encoded = URLEncoder.encode(argument, StandardCharsets.UTF_8);
        if (encoded.length() <= MAX_ENCODED_ARGUMENT) {
            return encoded;
        }
        // Every character takes at least one encoded character: start from as many as could fit, then drop more.
        String kept = argument.substring(0, argument.offsetByCodePoints(0,
                Math.min(argument.codePointCount(0, argument.length()), MAX_ENCODED_ARGUMENT)));
        do {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
            encoded = URLEncoder.encode(kept + SHORTENED, StandardCharsets.UTF_8);
        } while (encoded.length() > MAX_ENCODED_ARGUMENT);
        return encoded;
    }

    private static Cookie cookie(HttpRequest<?> request, String value) {
        PortalCookies cookies = PortalCookies.of(request);
        return cookies.cookie(cookies.flash(), value);
    }
}
