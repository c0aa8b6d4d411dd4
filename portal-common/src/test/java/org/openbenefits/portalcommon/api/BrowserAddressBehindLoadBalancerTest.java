package org.openbenefits.portalcommon.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.FakeSignInApi;
import org.openbenefits.portalcommon.testing.PortalCommonAlone;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * A portal behind a load balancer (here the test's client, on 127.0.0.1, listed in {@code portal.trusted-proxies})
 * passes on the right-most address the load balancer did not write itself, and only that one: whatever the browser
 * put on the left of the header stays at the portal.
 */
@MicronautTest
class BrowserAddressBehindLoadBalancerTest extends PortalTestWithFakeApi {

    @Inject
    FakeSignInApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(PortalCommonAlone.PROPERTY, "true");
        properties.put(FakeSignInApi.PROPERTY, "true");
        properties.put("portal.trusted-proxies", "127.0.0.1, 10.0.0.0/8");
        return properties;
    }

    @BeforeEach
    void freshApi() {
        api.reset();
    }

    @Test
    void the_browser_address_the_load_balancer_appended_is_the_only_one_passed_on() {
        BrowserAddressForwardedTest.signIn(pages(), "6.6.6.6, 203.0.113.9, 10.1.2.3");

        assertThat(api.forwardedFor()).containsExactly(List.of("203.0.113.9"));
    }

    @Test
    void a_browser_that_rotates_forged_addresses_behind_the_load_balancer_is_passed_on_as_itself() {
        for (int i = 1; i <= 3; i++) {
            BrowserAddressForwardedTest.signIn(pages(), "6.6.6." + i + ", 203.0.113.9");
        }

        assertThat(api.forwardedFor()).containsOnly(List.of("203.0.113.9")).hasSize(3);
    }
}
