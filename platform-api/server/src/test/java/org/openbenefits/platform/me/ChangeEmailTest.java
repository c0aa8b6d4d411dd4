package org.openbenefits.platform.me;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.auth.UserSummary;
import org.openbenefits.contract.api.me.EmailChangeRequest;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** Changing the sign-in address needs the current password and warns the old address. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeEmailTest implements TestPropertyProvider {

    /** 22 November 2026, 13:05 UTC = 14:05 in Paris. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T13:05:00Z"));

    @Inject
    IdentityTestKit kit;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_me"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void the_right_current_password_changes_the_address_and_the_old_address_is_warned() {
        UserAccountRow account = kit.activeEmployee();
        String token = kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        String newEmail = "Camille.Nouvelle-" + account.id() + "@Example.org";

        Answer answer = kit.postAs(token, "/api/v1/me/email",
                new EmailChangeRequest(IdentityTestKit.GOOD_PASSWORD, newEmail));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(kit.read(answer, UserSummary.class).email()).isEqualTo(newEmail.toLowerCase());
        NotificationRequested mail = kit.lastNotification(account.email(), "email-changed");
        assertThat(mail.recipient()).isEqualTo(account.email());
        assertThat(mail.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "firstName", "Camille",
                "newEmail", "c***@example.org",
                "changedAt", "22/11/2026 14:05"));
        assertThat(kit.signIn(newEmail, IdentityTestKit.GOOD_PASSWORD).user().id()).isEqualTo(account.id());
        assertThat(kit.signInAnswer(account.email(), IdentityTestKit.GOOD_PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void a_wrong_current_password_changes_nothing_and_answers_401_invalid_credentials() {
        UserAccountRow account = kit.activeEmployee();
        String token = kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        Answer answer = kit.postAs(token, "/api/v1/me/email",
                new EmailChangeRequest("Not-the-password-1", "other-" + account.id() + "@example.org"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(kit.problem(answer).code()).isEqualTo(ProblemCodes.INVALID_CREDENTIALS);
        assertThat(kit.problem(answer).errors()).extracting(FieldError::field).containsExactly("currentPassword");
        assertThat(kit.notificationsTo(account.email())).isEmpty();
        assertThat(kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).user().email()).isEqualTo(account.email());
    }

    @Test
    void an_address_of_another_account_is_refused_with_409_email_taken() {
        UserAccountRow account = kit.activeEmployee();
        UserAccountRow other = kit.activeEmployee();
        String token = kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        Answer answer = kit.postAs(token, "/api/v1/me/email",
                new EmailChangeRequest(IdentityTestKit.GOOD_PASSWORD, other.email().toUpperCase()));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(kit.problem(answer).code()).isEqualTo(ProblemCodes.EMAIL_TAKEN);
        assertThat(kit.problem(answer).errors()).extracting(FieldError::field).containsExactly("newEmail");
    }

    @Test
    void an_address_that_is_not_one_is_refused_on_its_field() {
        UserAccountRow account = kit.activeEmployee();
        String token = kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();

        Answer answer = kit.postAs(token, "/api/v1/me/email",
                new EmailChangeRequest(IdentityTestKit.GOOD_PASSWORD, "not an address"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).code()).isEqualTo(ProblemCodes.VALIDATION_FAILED);
        assertThat(kit.problem(answer).errors()).extracting(FieldError::field).containsExactly("newEmail");
    }
}
