package org.openbenefits.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.admin.fake.FakeEmployeeApi;
import org.openbenefits.admin.fake.FakeImportApi;
import org.openbenefits.admin.fake.FakeManagerAndAuditApi;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.TestTokens;

/**
 * The portal running alone against a fake platform-api that it serves itself (the {@code fake} package): the
 * {@code platform-api} service URL points at the portal's own port, chosen free before it starts. Tests sign in by
 * cookie ({@link #signedIn}) and post forms with a matching anti-forgery token ({@link #CSRF}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdminPortalTest implements TestPropertyProvider {

    /** An anti-forgery token (43 characters, as the portal issues them), sent as cookie and as form field. */
    protected static final String CSRF = "test-csrf-token-of-forty-three-characters-0";

    private final int port = freePort();

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected FakeEmployeeApi employeeApi;
    @Inject
    protected FakeImportApi importApi;
    @Inject
    protected FakeManagerAndAuditApi managerAndAuditApi;

    protected Pages pages;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "micronaut.server.port", String.valueOf(port),
                "micronaut.http.services.platform-api.url", "http://127.0.0.1:" + port,
                "test.fake-platform-api", "true");
    }

    @BeforeEach
    void startFresh() {
        pages = new Pages(server);
        employeeApi.reset();
        importApi.reset();
        managerAndAuditApi.reset();
    }

    /** The Cookie header of a person of this role (HR managers belong to employer 7), with the anti-forgery cookie. */
    protected static String signedIn(String role) {
        return "ob_session=" + TestTokens.accessToken(role) + "; ob_csrf=" + CSRF;
    }

    /** A form posted by an HR manager, with the anti-forgery token. */
    protected HttpResponse<String> postAsHr(String path, Map<String, String> form) {
        Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
        withToken.put("csrfToken", CSRF);
        return pages.post(path, withToken, "Cookie", signedIn("HR_MANAGER"));
    }

    /** GET as an HR manager, plus other header name/value pairs. */
    protected HttpResponse<String> getAsHr(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Cookie";
        all[1] = signedIn("HR_MANAGER");
        System.arraycopy(headers, 0, all, 2, headers.length);
        return pages.get(path, all);
    }

    /** Uploads a file as a browser's multipart form does, to {@code path} (which carries the token if needed). */
    protected HttpResponse<String> upload(String path, String field, String fileName, byte[] content, String cookie) {
        String boundary = "----OpenBenefitsTest" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Accept", Pages.BROWSER_ACCEPT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page a redirect leads to, opened with the cookies the redirect set (the flash) and the given ones. */
    protected HttpResponse<String> follow(HttpResponse<String> redirect, String cookie) {
        String location = redirect.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("No redirect: " + redirect.statusCode() + "\n" + redirect.body()));
        String flash = Pages.cookie(redirect, "ob_flash").map(value -> "; ob_flash=" + value).orElse("");
        return pages.get(URI.create(location).toString(), "Cookie", cookie + flash);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
