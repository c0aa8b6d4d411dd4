package org.openbenefits.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ForwardedFor;
import org.openbenefits.contract.api.auth.PasswordResetConfirmation;
import org.openbenefits.contract.api.auth.PasswordResetRequest;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The attack: anyone who knows a person's address locks them out by typing wrong passwords. Now the long lock holds
 * only the client address that guessed; guessing from many addresses locks the others briefly, but not an address
 * where the person signed in; a new password chosen through the e-mailed link lifts every lock. The test's client
 * poses as a proxy (trusted here) to speak for many client addresses.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInLockoutAcrossAddressesTest implements TestPropertyProvider {

    private static final String OWNER = "198.51.100.7";
    private static final String GUESSER = "203.0.113.66";
    private static final String NEW_PASSWORD = "Nouveau-Depart-2027";

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;
    @Inject
    SignInThrottles throttles;
    @Inject
    Jdbc jdbc;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_lockouts"));
        properties.put("platform.security.rate-limit.requests-per-minute", "100000");
        properties.put("platform.security.rate-limit.emails-per-hour", "100000");
        properties.put("platform.security.trusted-proxies", "127.0.0.1");
        return properties;
    }

    @Test
    void a_guesser_elsewhere_locks_only_their_own_address_and_the_owner_signs_in_from_theirs() {
        UserAccountRow account = kit.activeEmployee();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(account.email(), "Wrong-password-" + i, GUESSER).status()).isEqualTo(401);
        }

        assertThat(signIn(account.email(), "Wrong-password-5", GUESSER).status()).isEqualTo(423);
        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, GUESSER).status()).isEqualTo(423);
        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, OWNER).status()).isEqualTo(200);
        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, GUESSER).status()).isEqualTo(423);
    }

    @Test
    void guessing_from_twenty_addresses_locks_the_others_a_minute_but_not_where_the_owner_signed_in_known_or_not() {
        UserAccountRow account = kit.activeEmployee();
        String unknown = "nobody-" + account.email();
        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, OWNER).status()).isEqualTo(200);

        for (int i = 1; i <= 20; i++) {
            Answer known = signIn(account.email(), "Wrong-password-" + i, "192.0.2." + i);
            Answer none = signIn(unknown, "Wrong-password-" + i, "192.0.2." + i);
            assertThat(known.status()).as("failure %d", i).isEqualTo(i < 20 ? 401 : 423);
            assertThat(none.body()).isEqualTo(known.body());
        }

        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, "192.0.2.200").status()).isEqualTo(423);
        assertThat(kit.problem(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, "192.0.2.200")).retryAfter())
                .isEqualTo(60);
        assertThat(signIn(unknown, IdentityTestKit.GOOD_PASSWORD, "192.0.2.200").status()).isEqualTo(423);
        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, OWNER).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, "192.0.2.200").status()).isEqualTo(200);
    }

    @Test
    void asking_for_the_reset_e_mail_unlocks_nothing_but_choosing_a_new_password_through_its_link_lifts_every_lock() {
        UserAccountRow account = kit.activeEmployee();
        for (int i = 0; i < 5; i++) {
            signIn(account.email(), "Wrong-password-" + i, OWNER);
        }
        for (int i = 1; i <= 20; i++) {
            signIn(account.email(), "Wrong-password-" + i, "192.0.2." + i);
        }
        kit.call(HttpRequest.POST("/api/v1/auth/password-reset", new PasswordResetRequest(account.email(), null))
                .header(ForwardedFor.HEADER, OWNER));
        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, OWNER).status()).isEqualTo(423);
        String token = IdentityTestKit.tokenOf(
                kit.lastNotification(account.email(), "password-reset").parameters().get("link"));

        Answer confirmed = kit.call(HttpRequest.POST("/api/v1/auth/password-reset/confirm",
                new PasswordResetConfirmation(token, NEW_PASSWORD)).header(ForwardedFor.HEADER, OWNER));

        assertThat(confirmed.status()).isEqualTo(204);
        assertThat(signIn(account.email(), NEW_PASSWORD, OWNER).status()).isEqualTo(200);
        assertThat(signIn(account.email(), NEW_PASSWORD, "192.0.2.1").status()).isEqualTo(200);
    }

    @Test
    void ten_wrong_passwords_at_once_for_an_unknown_address_all_count_and_the_fifth_locks() throws Exception {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String password = "Wrong-password-" + i;
                answers.add(pool.submit(() -> signIn(unknown, password, GUESSER).status()));
            }
            statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 401).hasSize(4);
        assertThat(statuses).filteredOn(status -> status == 423).hasSize(6);
    }

    @Test
    void the_runbook_query_unlocks_a_person_by_hand() {
        UserAccountRow account = kit.activeEmployee();
        for (int i = 0; i < 5; i++) {
            signIn(account.email(), "Wrong-password-" + i, OWNER);
        }
        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, OWNER).status()).isEqualTo(423);

        jdbc.update("DELETE FROM sign_in_throttle WHERE email_hash = SHA2(?, 256)",
                EmailAddresses.normalise(account.email()));

        assertThat(signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, OWNER).status()).isEqualTo(200);
    }

    @Test
    void records_that_hold_nothing_any_more_are_forgotten_but_a_known_address_is_kept_thirty_days() {
        UserAccountRow account = kit.activeEmployee();
        String guessed = "nobody-" + account.email();
        signIn(guessed, "Wrong-password-1", GUESSER);
        signIn(account.email(), IdentityTestKit.GOOD_PASSWORD, OWNER);
        Instant start = clock.instant();

        try {
            clock.advance(Duration.ofDays(2));
            throttles.forgetIdle();

            assertThat(rows(guessed)).isZero();
            assertThat(rows(account.email())).isEqualTo(1);
            clock.advance(Duration.ofDays(29));
            throttles.forgetIdle();
            assertThat(rows(account.email())).isZero();
        } finally {
            // The other tests of the class run at about the real time.
            clock.advance(Duration.between(clock.instant(), start));
        }
    }

    private long rows(String email) {
        return jdbc.number("SELECT COUNT(*) FROM sign_in_throttle WHERE email_hash = SHA2(?, 256)",
                EmailAddresses.normalise(email));
    }

    private Answer signIn(String email, String password, String client) {
        return kit.call(HttpRequest.POST("/api/v1/auth/sign-in", new SignInRequest(email, password))
                .header(ForwardedFor.HEADER, client));
    }
}
