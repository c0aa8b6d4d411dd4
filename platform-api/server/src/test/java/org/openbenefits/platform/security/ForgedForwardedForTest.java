package org.openbenefits.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ForwardedFor;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.apicontract.ContractChecks;
import org.openbenefits.platform.apicontract.WireExchanges;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The attack: escape the per-address limit by sending a new forged {@code X-Forwarded-For} with every request. The
 * portal (a trusted proxy) connects from 127.0.0.1 here; a client connecting from elsewhere (127.0.0.2) is not a
 * trusted proxy, and a proxy that appends the real address after what the client sent is read from the right.
 * Either way the requests count against the real address and the 429 arrives.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgedForwardedForTest implements TestPropertyProvider {

    private static final int PER_MINUTE = 5;

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;
    @Inject
    EmbeddedServer server;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_forwarded"));
        properties.put("platform.security.rate-limit.requests-per-minute", Integer.toString(PER_MINUTE));
        properties.put("platform.security.trusted-proxies", "127.0.0.1");
        return properties;
    }

    @Test
    void a_client_that_is_no_trusted_proxy_rotating_forged_addresses_is_counted_against_its_own_and_refused() {
        for (int i = 1; i <= PER_MINUTE; i++) {
            assertThat(signInFrom127002("198.51.100." + i)).as("request %d", i).isEqualTo(401);
        }

        assertThat(signInFrom127002("198.51.100.99")).isEqualTo(429);
        assertThat(signInFrom127002("127.0.0.1")).isEqualTo(429);
    }

    @Test
    void behind_a_proxy_that_appends_the_real_address_forged_hops_on_the_left_change_nothing() {
        for (int i = 1; i <= PER_MINUTE; i++) {
            assertThat(throughProxy("6.6.6." + i + ", 203.0.113.9")).as("request %d", i).isEqualTo(401);
        }

        assertThat(throughProxy("6.6.6.99, 203.0.113.9")).isEqualTo(429);
        assertThat(throughProxy("203.0.113.9, 203.0.113.9")).isEqualTo(429);
        assertThat(throughProxy("203.0.113.10")).as("another person behind the proxy").isEqualTo(401);
    }

    @Test
    void an_ipv6_client_rotating_addresses_within_its_slash_64_is_counted_as_one() {
        for (int i = 1; i <= PER_MINUTE; i++) {
            assertThat(throughProxy("2001:db8:7:7::" + i)).as("request %d", i).isEqualTo(401);
        }

        assertThat(throughProxy("2001:db8:7:7:ffff::1")).isEqualTo(429);
        assertThat(throughProxy("2001:db8:7:8::1")).isEqualTo(401);
    }

    private int throughProxy(String forwardedFor) {
        return kit.call(HttpRequest.POST("/api/v1/auth/sign-in", new SignInRequest(somebody(), "Wrong-1"))
                .header(ForwardedFor.HEADER, forwardedFor)).status();
    }

    /** A new address each time: the lockout of one address typed is not what is tried here. */
    private static String somebody() {
        return "nobody-" + UUID.randomUUID() + "@example.org";
    }

    /** A sign-in sent by hand from 127.0.0.2, which the HTTP client cannot choose as its local address. */
    private int signInFrom127002(String forgedForwardedFor) {
        URL url = server.getURL();
        byte[] body = ("{\"email\":\"" + somebody() + "\",\"password\":\"Wrong-1\"}").getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/auth/sign-in HTTP/1.1\r\n"
                + "Host: " + url.getHost() + ":" + url.getPort() + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + ForwardedFor.HEADER + ": " + forgedForwardedFor + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", url.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readAllBytes();
            ContractChecks.platformApi().check(WireExchanges.ofRaw(
                    (head + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8), answer));
            String response = new String(answer, StandardCharsets.UTF_8);
            return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
