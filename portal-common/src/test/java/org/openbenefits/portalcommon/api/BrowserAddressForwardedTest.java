package org.openbenefits.portalcommon.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbenefits.contract.api.ForwardedFor;
import org.openbenefits.portalcommon.web.PortalCookies;
import org.openbenefits.portalcommon.testing.FakeSignInApi;
import org.openbenefits.portalcommon.testing.Pages;
import org.openbenefits.portalcommon.testing.PortalCommonAlone;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * The attack: a browser sends a forged {@code X-Forwarded-For} to the portal, which used to append the browser's
 * address after it; platform-api, trusting the portal and reading right to left, then took the forged address for
 * the browser's whenever the browser was on a trusted address itself (the same host, as in ./run). Now the portal
 * sends only the address it determined, replacing the browser's header.
 */
@MicronautTest
class BrowserAddressForwardedTest extends PortalTestWithFakeApi {

    /** The cookie names of the test portal (PortalCommonAlone), over plain HTTP. */
    static final PortalCookies ALONE = new PortalCookies("ob_alone", false);

    @Inject
    FakeSignInApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(PortalCommonAlone.PROPERTY, "true");
        properties.put(FakeSignInApi.PROPERTY, "true");
        return properties;
    }

    @BeforeEach
    void freshApi() {
        api.reset();
    }

    @Test
    void a_forged_x_forwarded_for_from_the_browser_does_not_reach_platform_api() {
        HttpResponse<String> refused = signIn(pages(), "6.6.6.6");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(api.forwardedFor()).containsExactly(List.of("127.0.0.1"));
    }

    @Test
    void without_a_header_the_browser_address_is_the_tcp_peer() {
        signIn(pages(), null);

        assertThat(api.forwardedFor()).containsExactly(List.of("127.0.0.1"));
    }

    /** Signs in with a wrong password as a browser does, with the form's anti-forgery token. */
    static HttpResponse<String> signIn(Pages pages, String forwardedFor) {
        HttpResponse<String> form = pages.get("/connexion");
        String cookie = ALONE.csrf() + "=" + Pages.cookie(form, ALONE.csrf())
                .orElseThrow(() -> new AssertionError("No anti-forgery cookie"));
        Map<String, String> fields = Map.of("email", "camille.martin@example.org", "password", "Wrong-password-1",
                "csrfToken", Pages.csrfField(form.body()));
        return forwardedFor == null ? pages.post("/connexion", fields, "Cookie", cookie)
                : pages.post("/connexion", fields, "Cookie", cookie, ForwardedFor.HEADER, forwardedFor);
    }
}
