package org.openbenefits.platform.apicontract;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exchanges made without a Micronaut client, for {@link ContractChecks}: by the JDK's HTTP client, or written by hand
 * on a socket.
 */
public final class WireExchanges {

    private WireExchanges() {
    }

    /** An exchange of the JDK's client; its body publisher cannot be read back, so the caller passes the body sent. */
    public static Exchange of(HttpRequest request, byte[] body, HttpResponse<String> response) {
        URI uri = request.uri();
        return new Exchange(request.method(), URI.create(uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())), request.headers().map(), body,
                response.statusCode(), response.headers().map(),
                response.body() == null ? null : response.body().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every exchange behind an answer of the JDK's client that followed redirects: the redirects (whose bodies the
     * client drops) and the last one. The body is the one sent first, which a 307 or 308 sends again.
     */
    public static List<Exchange> ofEveryHop(byte[] body, HttpResponse<String> response) {
        List<Exchange> hops = new ArrayList<>();
        for (HttpResponse<String> hop = response; hop != null; hop = hop.previousResponse().orElse(null)) {
            hops.addFirst(of(hop.request(), hop == response || hop.statusCode() >= 307 ? body : null, hop));
        }
        return hops;
    }

    /** An HTTP/1.1 exchange as written and read on a socket; the answer must not be chunked (a closed connection). */
    public static Exchange ofRaw(byte[] request, byte[] response) {
        Message sent = Message.parse(request);
        Message received = Message.parse(response);
        String[] requestLine = sent.startLine().split(" ");
        int status = Integer.parseInt(received.startLine().split(" ")[1]);
        return new Exchange(requestLine[0], URI.create(requestLine[1]), sent.headers(), sent.body(), status,
                received.headers(), received.body());
    }

    private record Message(String startLine, Map<String, List<String>> headers, byte[] body) {

        static Message parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            byte[] body = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
            return new Message(lines[0], headers, body);
        }
    }
}
