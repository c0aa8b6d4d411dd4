package org.openbenefits.platform.me;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.auth.PasswordResetConfirmation;
import org.openbenefits.contract.api.auth.PasswordResetRequest;
import org.openbenefits.contract.api.me.AccountDeletionRequest;
import org.openbenefits.contract.api.me.PendingEmailChange;
import org.openbenefits.contract.api.me.PersonalDataExport;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * A change of sign-in address while it waits for its link: re-sent, cancelled, limited per account, cancelled by a
 * password reset, kept in the personal data export and forgotten with the account.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PendingEmailChangeTest implements TestPropertyProvider {

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;
    @Inject
    EmailChangeSteps steps;
    @Inject
    UserAccounts accounts;

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
    void a_re_sent_link_replaces_the_previous_one_and_restarts_its_24_hours_without_telling_the_old_address_again() {
        UserAccountRow account = kit.activeEmployee();
        String token = steps.tokenOf(account);
        String newEmail = unique("renvoi");
        steps.ask(token, newEmail);
        String firstLink = steps.latestLinkTo(newEmail);
        clock.advance(Duration.ofMinutes(10));

        Answer resent = steps.resend(token);

        assertThat(resent.status()).isEqualTo(202);
        assertThat(kit.read(resent, PendingEmailChange.class))
                .isEqualTo(new PendingEmailChange(newEmail, clock.instant().plus(Duration.ofHours(24))));
        assertThat(kit.notificationsTo(newEmail)).hasSize(2);
        assertThat(kit.notificationsTo(account.email())).extracting(NotificationRequested::template)
                .containsExactly(EmailChangeSteps.REQUESTED);
        assertThat(steps.confirm(firstLink).status()).isEqualTo(400);
        assertThat(steps.confirm(steps.latestLinkTo(newEmail)).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(-10));
    }

    @Test
    void a_cancelled_change_leaves_the_profile_and_its_link_no_longer_works() {
        UserAccountRow account = kit.activeEmployee();
        String token = steps.tokenOf(account);
        String newEmail = unique("annulee");
        steps.ask(token, newEmail);

        Answer cancelled = steps.cancel(token);

        assertThat(cancelled.status()).isEqualTo(204);
        assertThat(steps.profile(token).pendingEmailChange()).isNull();
        assertThat(steps.confirm(steps.latestLinkTo(newEmail)).status()).isEqualTo(400);
        assertThat(accounts.findById(account.id()).orElseThrow().email()).isEqualTo(account.email());
        assertThat(steps.cancel(token).status()).as("cancelling twice is harmless").isEqualTo(204);
        Answer nothing = steps.resend(token);
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(kit.problem(nothing).code()).isEqualTo(IdentityRefusal.NO_PENDING_EMAIL_CHANGE.code());
    }

    @Test
    void a_fourth_confirmation_e_mail_within_the_hour_is_refused_with_429_and_a_stable_code() {
        UserAccountRow account = kit.activeEmployee();
        String token = steps.tokenOf(account);
        String newEmail = unique("inondee");
        Instant first = clock.instant();
        steps.ask(token, newEmail);
        clock.advance(Duration.ofMinutes(5));
        steps.resend(token);
        clock.advance(Duration.ofMinutes(5));
        assertThat(steps.ask(token, unique("autre")).status()).isEqualTo(202);

        Answer fourth = steps.resend(token);
        Answer fifth = steps.ask(token, unique("encore"));

        for (Answer refused : new Answer[] {fourth, fifth}) {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(kit.problem(refused).code()).isEqualTo(IdentityRefusal.EMAIL_CHANGE_LIMIT_REACHED.code());
            assertThat(kit.problem(refused).parameters()).containsEntry("minutes", 50);
            assertThat(kit.problem(refused).retryAfter()).isEqualTo(Duration.ofMinutes(50).toSeconds());
            assertThat(refused.header("Retry-After")).contains(Long.toString(Duration.ofMinutes(50).toSeconds()));
        }
        assertThat(kit.notificationsTo(newEmail)).hasSize(2);
        assertThat(kit.notificationsTo(account.email())).hasSize(2);
        assertThat(steps.profile(token).pendingEmailChange().expiresAt())
                .isEqualTo(first.plus(Duration.ofMinutes(10)).plus(Duration.ofHours(24)));
        clock.advance(Duration.ofMinutes(-10));
    }

    @Test
    void choosing_a_new_password_through_a_reset_link_cancels_a_pending_change() {
        UserAccountRow account = kit.activeEmployee();
        String newEmail = unique("intrus");
        steps.ask(steps.tokenOf(account), newEmail);
        kit.post("/api/v1/auth/password-reset", new PasswordResetRequest(account.email(), null));
        String resetToken = IdentityTestKit.tokenOf(
                kit.lastNotification(account.email(), "password-reset").parameters().get("link"));

        assertThat(kit.post("/api/v1/auth/password-reset/confirm",
                new PasswordResetConfirmation(resetToken, "Nouveau-Depart-2027")).status()).isEqualTo(204);

        Answer late = steps.confirm(steps.latestLinkTo(newEmail));
        assertThat(late.status()).isEqualTo(400);
        assertThat(kit.problem(late).code()).isEqualTo(IdentityRefusal.EMAIL_CHANGE_LINK_INVALID.code());
        assertThat(accounts.findById(account.id()).orElseThrow().email()).isEqualTo(account.email());
    }

    @Test
    void the_link_of_an_account_deactivated_meanwhile_no_longer_works() {
        UserAccountRow account = kit.activeEmployee();
        String newEmail = unique("desactivee");
        steps.ask(steps.tokenOf(account), newEmail);
        accounts.updateStatus(account.id(), AccountStatus.DEACTIVATED.name());

        assertThat(steps.confirm(steps.latestLinkTo(newEmail)).status()).isEqualTo(400);
        assertThat(accounts.findById(account.id()).orElseThrow().email()).isEqualTo(account.email());
    }

    @Test
    void the_personal_data_export_holds_the_pending_change_and_the_audit_log_holds_no_address() {
        UserAccountRow account = kit.activeEmployee();
        String token = steps.tokenOf(account);
        String newEmail = unique("exportee");
        PendingEmailChange pending = kit.read(steps.ask(token, newEmail), PendingEmailChange.class);

        PersonalDataExport export = kit.read(
                kit.call(HttpRequest.GET("/api/v1/me/data-export").bearerAuth(token)), PersonalDataExport.class);

        assertThat(export.pendingEmailChange()).isEqualTo(pending);
        assertThat(export.auditEntries()).extracting(AuditEntryView::action).contains("EMAIL_CHANGE_REQUESTED");
        assertThat(export.auditEntries()).allSatisfy(entry ->
                assertThat(String.valueOf(entry.details())).doesNotContain(newEmail, "@"));
    }

    @Test
    void deleting_the_account_forgets_the_pending_change_and_its_e_mail_not_sent_yet() {
        UserAccountRow account = kit.activeEmployee();
        String token = steps.tokenOf(account);
        String newEmail = unique("oubliee");
        steps.ask(token, newEmail);
        String link = steps.latestLinkTo(newEmail);

        kit.call(HttpRequest.POST("/api/v1/me/deletion", new AccountDeletionRequest(IdentityTestKit.GOOD_PASSWORD))
                .bearerAuth(token));

        assertThat(kit.notificationsTo(newEmail)).isEmpty();
        assertThat(steps.confirm(link).status()).isEqualTo(400);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
