package org.openbenefits.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.PasswordResetRequest;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** The per-address brake on sign-in and reset requests, here at 3 a minute instead of 20. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest implements TestPropertyProvider {

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_rate"));
        properties.put("platform.security.rate-limit.requests-per-minute", "3");
        return properties;
    }

    @Test
    void too_many_sign_in_and_reset_requests_from_one_address_get_429_with_retry_after_until_tokens_come_back() {
        assertThat(kit.signInAnswer("nobody@example.org", "Whatever-123").status()).isEqualTo(401);
        assertThat(kit.signInAnswer("nobody@example.org", "Whatever-123").status()).isEqualTo(401);
        assertThat(kit.post("/api/v1/auth/password-reset", new PasswordResetRequest("nobody@example.org", null))
                .status()).isEqualTo(202);

        Answer fourth = kit.signInAnswer("nobody@example.org", "Whatever-123");
        Answer reset = kit.post("/api/v1/auth/password-reset", new PasswordResetRequest("nobody@example.org", null));

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Content-Type")).hasValue(ProblemDetail.MEDIA_TYPE);
        assertThat(fourth.header("Retry-After")).hasValue("20");
        ProblemDetail problem = kit.problem(fourth);
        assertThat(problem.code()).isEqualTo(GeneralRefusal.TOO_MANY_REQUESTS.code());
        assertThat(problem.retryAfter()).isEqualTo(20);
        assertThat(problem.parameters()).containsEntry("seconds", 20);
        assertThat(reset.status()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(20));

        assertThat(kit.signInAnswer("nobody@example.org", "Whatever-123").status()).isEqualTo(401);
    }
}
