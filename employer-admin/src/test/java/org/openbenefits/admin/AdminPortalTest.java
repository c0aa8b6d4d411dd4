package org.openbenefits.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.openbenefits.admin.fake.FakeAdvantageCodeApi;
import org.openbenefits.admin.fake.FakeAllowanceApi;
import org.openbenefits.admin.fake.FakeCatalogueApi;
import org.openbenefits.admin.fake.FakeEmployeeApi;
import org.openbenefits.admin.fake.FakeImportApi;
import org.openbenefits.admin.fake.FakeManagerAndAuditApi;
import org.openbenefits.admin.fake.FakeShippingApi;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;
import org.openbenefits.portalcommon.testing.TestTokens;
import org.openbenefits.portalcommon.web.PortalCookies;

/**
 * The portal running alone against a fake platform-api that it serves itself (the {@code fake} package, see
 * {@link PortalTestWithFakeApi}). Tests sign in by cookie ({@link #signedIn}) and post forms with a matching
 * anti-forgery token ({@link #CSRF}).
 */
public abstract class AdminPortalTest extends PortalTestWithFakeApi {

    /** An anti-forgery token (43 characters, as the portal issues them), sent as cookie and as form field. */
    protected static final String CSRF = "test-csrf-token-of-forty-three-characters-0";
    /** The names of the portal's cookies over plain HTTP, as tests send them. */
    protected static final PortalCookies COOKIES = new PortalCookies(EmployerAdminIdentity.COOKIE_PREFIX, false);

    @Inject
    protected FakeEmployeeApi employeeApi;
    @Inject
    protected FakeImportApi importApi;
    @Inject
    protected FakeManagerAndAuditApi managerAndAuditApi;
    @Inject
    protected FakeAllowanceApi allowanceApi;
    @Inject
    protected FakeCatalogueApi catalogueApi;
    @Inject
    protected FakeShippingApi shippingApi;
    @Inject
    protected FakeAdvantageCodeApi advantageCodeApi;

    @BeforeEach
    void startFresh() {
        employeeApi.reset();
        importApi.reset();
        managerAndAuditApi.reset();
        allowanceApi.reset();
        catalogueApi.reset();
        shippingApi.reset();
        advantageCodeApi.reset();
    }

    /** The Cookie header of a person of this role (HR managers belong to employer 7), with the anti-forgery cookie. */
    protected static String signedIn(String role) {
        return COOKIES.session() + "=" + TestTokens.accessToken(role) + "; " + COOKIES.csrf() + "=" + CSRF;
    }

    /** A form posted by an HR manager, with the anti-forgery token. */
    protected HttpResponse<String> postAsHr(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("csrfToken", CSRF);
        return pages().post(path, withToken, "Cookie", signedIn("HR_MANAGER"));
    }

    /** A form posted by a person of this role, with the anti-forgery token. */
    protected HttpResponse<String> postAs(String role, String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.put("csrfToken", CSRF);
        return pages().post(path, withToken, "Cookie", signedIn(role));
    }

    /**
     * A form of fields that may repeat (checkboxes of one name) posted by a person of this role, with the anti-forgery
     * token: {@code fields} are name/value pairs.
     */
    protected HttpResponse<String> postFields(String role, String path, List<String> fields) {
        return postFieldsWith(signedIn(role), path, fields);
    }

    /** As {@link #postFields(String, String, List)}, by a person of this role reading the portal in {@code language}. */
    protected HttpResponse<String> postFields(String role, Language language, String path, List<String> fields) {
        return postFieldsWith(signedIn(role) + "; " + COOKIES.language() + "=" + language.tag(), path, fields);
    }

    private HttpResponse<String> postFieldsWith(String cookies, String path, List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("csrfToken");
        all.add(CSRF);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < all.size(); i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(all.get(i), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(all.get(i + 1), StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Accept", Pages.BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
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

    /** GET as an HR manager, plus other header name/value pairs. */
    protected HttpResponse<String> getAsHr(String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Cookie";
        all[1] = signedIn("HR_MANAGER");
        System.arraycopy(headers, 0, all, 2, headers.length);
        return pages().get(path, all);
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
}
