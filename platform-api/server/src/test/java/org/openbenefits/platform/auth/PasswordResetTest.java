package org.openbenefits.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.auth.PasswordCheckRequest;
import org.openbenefits.contract.api.auth.PasswordCheckResult;
import org.openbenefits.contract.api.auth.PasswordResetConfirmation;
import org.openbenefits.contract.api.auth.PasswordResetRequest;
import org.openbenefits.contract.api.auth.RefreshRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** "Mot de passe oublié" from the request to the new password, through the HTTP API and the outbox. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetTest implements TestPropertyProvider {

    private static final String NEW_PASSWORD = "Nouveau-Depart-2027";

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_reset"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        properties.put("platform.portals.employee-portal-url", "https://salaries.example.org/");
        properties.put("platform.portals.employer-admin-url", "https://admin.example.org");
        return properties;
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_ends_every_open_session() {
        UserAccountRow account = kit.activeEmployee();
        SignInResponse openSession = kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD);

        Answer requested = kit.post("/api/v1/auth/password-reset", new PasswordResetRequest(account.email(), null));

        assertThat(requested.status()).isEqualTo(202);
        NotificationRequested mail = kit.lastNotification(account.email(), "password-reset");
        assertThat(mail.locale()).isEqualTo("fr");
        assertThat(mail.parameters()).containsEntry("firstName", "Camille").containsEntry("validMinutes", "60");
        assertThat(mail.parameters().get("link")).startsWith("https://salaries.example.org/mot-de-passe/nouveau?jeton=");
        String token = IdentityTestKit.tokenOf(mail.parameters().get("link"));

        Answer confirmed = kit.post("/api/v1/auth/password-reset/confirm",
                new PasswordResetConfirmation(token, NEW_PASSWORD));

        assertThat(confirmed.status()).isEqualTo(204);
        assertThat(kit.signIn(account.email(), NEW_PASSWORD).user().id()).isEqualTo(account.id());
        assertThat(kit.signInAnswer(account.email(), IdentityTestKit.GOOD_PASSWORD).status()).isEqualTo(401);
        assertThat(kit.post("/api/v1/auth/refresh", new RefreshRequest(openSession.refreshToken())).status())
                .isEqualTo(401);
        Answer reused = kit.post("/api/v1/auth/password-reset/confirm",
                new PasswordResetConfirmation(token, "Encore-Un-Autre-2028"));
        assertThat(reused.status()).isEqualTo(400);
        ProblemDetail problem = kit.problem(reused);
        assertThat(problem.code()).isEqualTo(IdentityRefusal.RESET_LINK_INVALID.code());
        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("token", IdentityRefusal.LINK_INVALID_OR_EXPIRED.code()));
    }

    @Test
    void a_weak_password_is_refused_with_each_unmet_rule_and_the_link_still_works_afterwards() {
        UserAccountRow account = kit.activeEmployee();
        kit.post("/api/v1/auth/password-reset", new PasswordResetRequest(account.email(), "en"));
        NotificationRequested mail = kit.lastNotification(account.email(), "password-reset");
        String token = IdentityTestKit.tokenOf(mail.parameters().get("link"));

        Answer weak = kit.post("/api/v1/auth/password-reset/confirm", new PasswordResetConfirmation(token, "password"));

        assertThat(mail.locale()).isEqualTo("en");
        assertThat(weak.status()).isEqualTo(400);
        ProblemDetail problem = kit.problem(weak);
        assertThat(problem.code()).isEqualTo(IdentityRefusal.PASSWORD_TOO_WEAK.code());
        assertThat(problem.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("newPassword", IdentityRefusal.PASSWORD_TOO_SHORT.code()),
                tuple("newPassword", IdentityRefusal.PASSWORD_UPPERCASE_MISSING.code()),
                tuple("newPassword", IdentityRefusal.PASSWORD_DIGIT_MISSING.code()),
                tuple("newPassword", IdentityRefusal.PASSWORD_COMMON.code()));
        assertThat(problem.errors().getFirst().parameters()).containsEntry("min", 12);
        assertThat(problem.errors().getFirst().message()).isEqualTo("Au moins 12 caractères.");
        ProblemDetail inEnglish = kit.problem(kit.call(HttpRequest.POST("/api/v1/auth/password-reset/confirm",
                new PasswordResetConfirmation(token, "password")).header("Accept-Language", "en")));
        assertThat(inEnglish.errors()).extracting(FieldError::message).containsExactly("At least 12 characters.",
                "At least one capital letter.", "At least one digit.", "Is not a common password, easy to guess.");
        assertThat(kit.post("/api/v1/auth/password-reset/confirm",
                new PasswordResetConfirmation(token, NEW_PASSWORD)).status()).isEqualTo(204);
    }

    @Test
    void an_unknown_or_inactive_address_gets_the_same_202_and_no_e_mail() {
        long employerId = kit.employer("Test employer").id();
        UserAccountRow invited = kit.account(Role.EMPLOYEE, AccountStatus.INVITED, employerId);

        Answer unknown = kit.post("/api/v1/auth/password-reset", new PasswordResetRequest("nobody@example.org", null));
        Answer notActive = kit.post("/api/v1/auth/password-reset", new PasswordResetRequest(invited.email(), null));

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(notActive.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(notActive.body());
        assertThat(kit.notificationsTo("nobody@example.org")).isEmpty();
        assertThat(kit.notificationsTo(invited.email())).isEmpty();
    }

    @Test
    void hr_managers_reset_their_password_on_the_administration_portal() {
        UserAccountRow manager = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, kit.employer("Test employer").id());

        kit.post("/api/v1/auth/password-reset", new PasswordResetRequest(manager.email(), null));

        assertThat(kit.lastNotification(manager.email(), "password-reset").parameters().get("link"))
                .startsWith("https://admin.example.org/mot-de-passe/nouveau?jeton=");
    }

    @Test
    void a_reset_link_expires_after_an_hour_and_a_newer_link_replaces_an_older_one() {
        UserAccountRow account = kit.activeEmployee();
        kit.post("/api/v1/auth/password-reset", new PasswordResetRequest(account.email(), null));
        String older = IdentityTestKit.tokenOf(kit.lastNotification(account.email(), "password-reset").parameters().get("link"));
        kit.post("/api/v1/auth/password-reset", new PasswordResetRequest(account.email(), null));
        String newer = IdentityTestKit.tokenOf(kit.lastNotification(account.email(), "password-reset").parameters().get("link"));

        Answer withOlder = kit.post("/api/v1/auth/password-reset/confirm", new PasswordResetConfirmation(older, NEW_PASSWORD));
        clock.advance(Duration.ofMinutes(60));
        Answer withNewerTooLate = kit.post("/api/v1/auth/password-reset/confirm",
                new PasswordResetConfirmation(newer, NEW_PASSWORD));

        assertThat(kit.problem(withOlder).code()).isEqualTo(IdentityRefusal.RESET_LINK_INVALID.code());
        assertThat(kit.problem(withNewerTooLate).code()).isEqualTo(IdentityRefusal.RESET_LINK_INVALID.code());
    }

    @Test
    void a_reset_lifts_the_lock_left_by_wrong_passwords() {
        UserAccountRow account = kit.activeEmployee();
        for (int i = 0; i < 5; i++) {
            kit.signInAnswer(account.email(), "Wrong-password-" + i);
        }
        assertThat(kit.signInAnswer(account.email(), IdentityTestKit.GOOD_PASSWORD).status()).isEqualTo(423);
        kit.post("/api/v1/auth/password-reset", new PasswordResetRequest(account.email(), null));
        String token = IdentityTestKit.tokenOf(kit.lastNotification(account.email(), "password-reset").parameters().get("link"));

        kit.post("/api/v1/auth/password-reset/confirm", new PasswordResetConfirmation(token, NEW_PASSWORD));

        assertThat(kit.signIn(account.email(), NEW_PASSWORD).user().id()).isEqualTo(account.id());
    }

    @Test
    void the_password_check_lists_every_rule_with_whether_it_is_met() {
        Answer answer = kit.post("/api/v1/auth/password-check",
                new PasswordCheckRequest("camille.martin2026", "camille.martin@example.org"));

        PasswordCheckResult result = kit.read(answer, PasswordCheckResult.class);
        assertThat(result.acceptable()).isFalse();
        assertThat(result.rules()).extracting(PasswordCheckResult.Rule::code).containsExactly(
                "AT_LEAST_12_CHARACTERS", "AT_MOST_128_CHARACTERS", "A_LOWERCASE_LETTER", "AN_UPPERCASE_LETTER",
                "A_DIGIT", "NOT_THE_EMAIL_ADDRESS", "NOT_A_COMMON_PASSWORD");
        assertThat(result.rules()).filteredOn(rule -> !rule.met()).extracting(PasswordCheckResult.Rule::code)
                .containsExactly("AN_UPPERCASE_LETTER", "NOT_THE_EMAIL_ADDRESS");
    }
}
