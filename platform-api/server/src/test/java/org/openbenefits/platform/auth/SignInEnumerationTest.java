package org.openbenefits.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The attack: try an address at sign-in and tell from the answer whether it has an account. Before issue 8 a known
 * address answered 423 "locked" (in 7 ms) after five failures while an unknown one kept answering 401. Here a known
 * and an unknown address are tried side by side, 50 times each, through the HTTP API: status, headers (but the date)
 * and body must be equal, and the median times close. The clock stands still, so that the lock's end reads the same.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInEnumerationTest implements TestPropertyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(SignInEnumerationTest.class);
    private static final int TRIES = 50;
    /** Generous: the password hash (about 50 ms) dominates both; the bug this catches was a ratio of about 7. */
    private static final double TIME_RATIO = 2.0;

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_enumeration"));
        properties.put("platform.security.rate-limit.requests-per-minute", "100000");
        return properties;
    }

    @BeforeAll
    void warmUp() {
        // The first calls load classes and fill pools: not what is being measured.
        for (int i = 0; i < 5; i++) {
            kit.signInAnswer("warm-up-" + i + "@example.org", "Wrong-password-0");
        }
    }

    @Test
    void fifty_known_and_fifty_unknown_addresses_get_the_same_answer_in_the_same_time() {
        List<UserAccountRow> known = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            known.add(kit.activeEmployee());
        }
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();

        for (int i = 0; i < TRIES; i++) {
            String email = known.get(i).email();
            Timed forKnown = timed(() -> kit.signInAnswer(email, "Wrong-password-1"));
            Timed forUnknown = timed(() -> kit.signInAnswer("nobody-" + email, "Wrong-password-1"));

            assertThat(forKnown.answer().status()).as("try %d", i + 1).isEqualTo(401);
            assertSame(forKnown.answer(), forUnknown.answer(), i);
            knownTimes.add(forKnown.nanos());
            unknownTimes.add(forUnknown.nanos());
        }

        assertCloseInTime("one wrong password", knownTimes, unknownTimes);
    }

    @Test
    void a_known_and_an_unknown_address_tried_fifty_times_lock_alike_and_answer_alike_while_locked() {
        UserAccountRow account = kit.activeEmployee();
        String unknown = "nobody-" + account.email();
        List<Long> knownLocked = new ArrayList<>();
        List<Long> unknownLocked = new ArrayList<>();

        for (int i = 0; i < TRIES; i++) {
            // Now and then the right password, which a lock refuses just the same.
            String password = i % 10 == 7 ? IdentityTestKit.GOOD_PASSWORD : "Wrong-password-" + i;
            Timed forKnown = timed(() -> kit.signInAnswer(account.email(), password));
            Timed forUnknown = timed(() -> kit.signInAnswer(unknown, password));

            int expected = i < 4 ? 401 : 423;
            assertThat(forKnown.answer().status()).as("try %d", i + 1).isEqualTo(expected);
            assertSame(forKnown.answer(), forUnknown.answer(), i);
            if (expected == 423) {
                knownLocked.add(forKnown.nanos());
                unknownLocked.add(forUnknown.nanos());
            }
        }

        assertThat(kit.problem(kit.signInAnswer(unknown, "Wrong-password-x")).code())
                .isEqualTo(IdentityRefusal.SIGN_IN_LOCKED.code());
        assertCloseInTime("locked", knownLocked, unknownLocked);
    }

    @Test
    void in_english_too_a_known_and_an_unknown_address_get_the_same_refusals_byte_for_byte() {
        UserAccountRow account = kit.activeEmployee();
        String unknown = "nobody-" + account.email();

        for (int i = 0; i < 7; i++) {
            String password = "Wrong-password-" + i;
            Answer forKnown = inEnglish(account.email(), password);
            Answer forUnknown = inEnglish(unknown, password);

            assertThat(forKnown.status()).as("try %d", i + 1).isEqualTo(i < 4 ? 401 : 423);
            assertThat(kit.problem(forKnown).detail()).as("try %d", i + 1).startsWith(i < 4 ? "Wrong e-mail address"
                    : "Too many failed attempts");
            assertSame(forKnown, forUnknown, i);
        }
    }

    private Answer inEnglish(String email, String password) {
        return kit.call(HttpRequest.POST("/api/v1/auth/sign-in", new SignInRequest(email, password))
                .header("Accept-Language", "en"));
    }

    private void assertSame(Answer known, Answer unknown, int i) {
        assertThat(unknown.status()).as("status of try %d", i + 1).isEqualTo(known.status());
        assertThat(unknown.body()).as("body of try %d", i + 1).isEqualTo(known.body());
        assertThat(headersButDate(unknown)).as("headers of try %d", i + 1).isEqualTo(headersButDate(known));
    }

    private static Map<String, List<String>> headersButDate(Answer answer) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(answer.headers());
        headers.remove("Date");
        return headers;
    }

    private static void assertCloseInTime(String what, List<Long> known, List<Long> unknown) {
        double knownMedian = median(known) / 1e6;
        double unknownMedian = median(unknown) / 1e6;
        LOG.info("Sign-in, {}: median {} ms for a known address, {} ms for an unknown one ({} tries)", what,
                String.format("%.1f", knownMedian), String.format("%.1f", unknownMedian), known.size());
        assertThat(Math.max(knownMedian, unknownMedian) / Math.min(knownMedian, unknownMedian))
                .as("median times of %s answers: %.1f ms known, %.1f ms unknown", what, knownMedian, unknownMedian)
                .isLessThan(TIME_RATIO);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private record Timed(Answer answer, long nanos) {
    }

    private static Timed timed(Supplier<Answer> call) {
        long start = System.nanoTime();
        Answer answer = call.get();
        return new Timed(answer, System.nanoTime() - start);
    }
}
