package org.openbenefits.platform.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.auth.RefreshRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.me.EmailChangeConfirmed;
import org.openbenefits.contract.api.me.EmailChangeRequest;
import org.openbenefits.contract.api.me.PendingEmailChange;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Changing the sign-in address needs the current password, then the link e-mailed to the new address: until the
 * link is used the account signs in with the old address only, and the old address hears of both steps.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeEmailTest implements TestPropertyProvider {

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
        properties.put("platform.security.email-change.mails-per-hour", "100");
        properties.put("platform.portals.employee-portal-url", "https://salaries.example.org/");
        properties.put("platform.portals.employer-admin-url", "https://admin.example.org");
        return properties;
    }

    @Test
    void asking_changes_nothing_yet_and_mails_a_link_to_the_new_address_and_a_notice_to_the_current_one() {
        UserAccountRow account = kit.activeEmployee();
        String token = steps.tokenOf(account);
        String typed = "Camille.Nouvelle-" + account.id() + "@Example.org";
        String newEmail = typed.toLowerCase();
        Instant askedAt = clock.instant();

        Answer answer = steps.ask(token, typed);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(kit.read(answer, PendingEmailChange.class))
                .isEqualTo(new PendingEmailChange(newEmail, askedAt.plus(Duration.ofHours(24))));
        NotificationRequested confirmation = kit.lastNotification(newEmail, EmailChangeSteps.CONFIRMATION);
        assertThat(confirmation.recipient()).isEqualTo(newEmail);
        assertThat(confirmation.locale()).isEqualTo("fr");
        assertThat(confirmation.parameters()).containsOnlyKeys("firstName", "link", "expiresAt")
                .containsEntry("firstName", "Camille")
                .containsEntry("expiresAt", ParisFormats.dateTime(askedAt.plus(Duration.ofHours(24))));
        assertThat(confirmation.parameters().get("link"))
                .startsWith("https://salaries.example.org/email-de-connexion/confirmer?jeton=");
        NotificationRequested notice = kit.lastNotification(account.email(), EmailChangeSteps.REQUESTED);
        assertThat(notice.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "firstName", "Camille",
                "newEmail", "c***@example.org",
                "requestedAt", ParisFormats.dateTime(askedAt),
                "link", "https://salaries.example.org/mot-de-passe/oublie"));
        assertThat(kit.notificationsTo(account.email())).extracting(NotificationRequested::template)
                .containsExactly(EmailChangeSteps.REQUESTED);
        assertThat(kit.signInAnswer(newEmail, IdentityTestKit.GOOD_PASSWORD).status())
                .as("the new address does not sign in before its link is used").isEqualTo(401);
        assertThat(kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).user().email()).isEqualTo(account.email());
        assertThat(steps.profile(token).email()).isEqualTo(account.email());
        assertThat(steps.profile(token).pendingEmailChange()).isEqualTo(kit.read(answer, PendingEmailChange.class));
    }

    @Test
    void the_link_changes_the_address_once_ends_every_session_and_tells_the_old_address() {
        UserAccountRow account = kit.activeEmployee();
        SignInResponse session = kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD);
        String newEmail = unique("confirmee");
        steps.ask(session.accessToken(), newEmail);
        String link = steps.latestLinkTo(newEmail);

        Answer confirmed = steps.confirm(link);

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(kit.read(confirmed, EmailChangeConfirmed.class).email()).isEqualTo(newEmail);
        assertThat(kit.signIn(newEmail, IdentityTestKit.GOOD_PASSWORD).user().id()).isEqualTo(account.id());
        assertThat(kit.signInAnswer(account.email(), IdentityTestKit.GOOD_PASSWORD).status()).isEqualTo(401);
        NotificationRequested changed = kit.lastNotification(account.email(), EmailChangeSteps.CHANGED);
        assertThat(changed.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "firstName", "Camille",
                "newEmail", "c***@example.org",
                "changedAt", ParisFormats.dateTime(clock.instant())));
        Answer refresh = kit.post("/api/v1/auth/refresh", new RefreshRequest(session.refreshToken()));
        assertThat(refresh.status()).as("the sessions opened before the change end").isEqualTo(401);
        assertThat(kit.problem(refresh).code()).isEqualTo(IdentityRefusal.REFRESH_TOKEN_INVALID.code());

        Answer again = steps.confirm(link);

        assertThat(again.status()).isEqualTo(400);
        assertThat(kit.problem(again).code()).isEqualTo(IdentityRefusal.EMAIL_CHANGE_LINK_INVALID.code());
        assertThat(kit.problem(again).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("token", IdentityRefusal.LINK_INVALID_OR_EXPIRED.code()));
    }

    @Test
    void a_link_past_its_24_hours_changes_nothing() {
        UserAccountRow account = kit.activeEmployee();
        String newEmail = unique("tardive");
        steps.ask(steps.tokenOf(account), newEmail);
        String link = steps.latestLinkTo(newEmail);

        clock.advance(Duration.ofHours(24));
        Answer late;
        try {
            late = steps.confirm(link);
        } finally {
            clock.advance(Duration.ofHours(-24));
        }

        assertThat(late.status()).isEqualTo(400);
        assertThat(kit.problem(late).code()).isEqualTo(IdentityRefusal.EMAIL_CHANGE_LINK_INVALID.code());
        assertThat(accounts.findById(account.id()).orElseThrow().email()).isEqualTo(account.email());
        assertThat(kit.notificationsTo(account.email())).extracting(NotificationRequested::template)
                .doesNotContain(EmailChangeSteps.CHANGED);
    }

    @Test
    void a_link_still_works_in_the_last_minute_of_its_24_hours() {
        UserAccountRow account = kit.activeEmployee();
        String newEmail = unique("juste");
        steps.ask(steps.tokenOf(account), newEmail);

        String link = steps.latestLinkTo(newEmail);

        clock.advance(Duration.ofHours(24).minusMinutes(1));
        Answer inTime;
        try {
            inTime = steps.confirm(link);
        } finally {
            clock.advance(Duration.ofHours(-24).plusMinutes(1));
        }

        assertThat(inTime.status()).isEqualTo(200);
        assertThat(accounts.findById(account.id()).orElseThrow().email()).isEqualTo(newEmail);
    }

    @Test
    void a_second_request_replaces_the_first_whose_link_no_longer_works() {
        UserAccountRow account = kit.activeEmployee();
        String token = steps.tokenOf(account);
        String first = unique("premiere");
        String second = unique("seconde");
        steps.ask(token, first);
        String firstLink = steps.latestLinkTo(first);
        steps.ask(token, second);

        assertThat(steps.profile(token).pendingEmailChange().newEmail()).isEqualTo(second);
        assertThat(steps.confirm(firstLink).status()).isEqualTo(400);
        assertThat(steps.confirm(steps.latestLinkTo(second)).status()).isEqualTo(200);
        assertThat(accounts.findById(account.id()).orElseThrow().email()).isEqualTo(second);
    }

    @Test
    void an_address_taken_by_another_account_before_the_link_is_used_is_refused_clearly_and_nothing_changes() {
        UserAccountRow account = kit.activeEmployee();
        String token = steps.tokenOf(account);
        String wanted = unique("convoitee");
        steps.ask(token, wanted);
        UserAccountRow quicker = kit.activeEmployee();
        accounts.updateEmail(quicker.id(), wanted);

        Answer refused = steps.confirm(steps.latestLinkTo(wanted));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(kit.problem(refused).code()).isEqualTo(IdentityRefusal.EMAIL_TAKEN_MEANWHILE.code());
        assertThat(accounts.findById(account.id()).orElseThrow().email()).isEqualTo(account.email());
        assertThat(kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).user().id()).isEqualTo(account.id());
        assertThat(steps.profile(token).pendingEmailChange()).as("the spent link is no longer pending").isNull();
    }

    @Test
    void a_wrong_current_password_sends_nothing_and_answers_401_on_the_current_password() {
        UserAccountRow account = kit.activeEmployee();
        String token = steps.tokenOf(account);
        String newEmail = unique("refusee");

        Answer answer = kit.postAs(token, "/api/v1/me/email", new EmailChangeRequest("Not-the-password-1", newEmail));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(kit.problem(answer).code()).isEqualTo(IdentityRefusal.CURRENT_PASSWORD_INCORRECT.code());
        assertThat(kit.problem(answer).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("currentPassword", IdentityRefusal.PASSWORD_INCORRECT.code()));
        assertThat(kit.notificationsTo(account.email())).isEmpty();
        assertThat(kit.notificationsTo(newEmail)).isEmpty();
        assertThat(steps.profile(token).pendingEmailChange()).isNull();
    }

    @Test
    void an_address_of_another_account_is_refused_with_409_email_taken() {
        UserAccountRow account = kit.activeEmployee();
        UserAccountRow other = kit.activeEmployee();

        Answer answer = steps.ask(steps.tokenOf(account), other.email().toUpperCase());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(kit.problem(answer).code()).isEqualTo(IdentityRefusal.EMAIL_TAKEN.code());
        assertThat(kit.problem(answer).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("newEmail", IdentityRefusal.EMAIL_IN_USE.code()));
        assertThat(kit.notificationsTo(other.email())).isEmpty();
    }

    @Test
    void the_current_address_in_other_letters_is_refused_as_unchanged() {
        UserAccountRow account = kit.activeEmployee();

        Answer answer = steps.ask(steps.tokenOf(account), account.email().toUpperCase());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).code()).isEqualTo(IdentityRefusal.EMAIL_UNCHANGED.code());
        assertThat(kit.problem(answer).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("newEmail", IdentityRefusal.EMAIL_SAME_AS_CURRENT.code()));
        assertThat(kit.notificationsTo(account.email())).isEmpty();
    }

    @Test
    @OutsideTheContract("a new address that is no e-mail address, to see it refused")
    void an_address_that_is_not_one_is_refused_on_its_field() {
        UserAccountRow account = kit.activeEmployee();

        Answer answer = steps.ask(steps.tokenOf(account), "not an address");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).code()).isEqualTo(GeneralRefusal.INVALID_REQUEST.code());
        assertThat(kit.problem(answer).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("newEmail", FieldCode.INVALID_EMAIL.code()));
    }

    @Test
    void an_unknown_or_empty_link_is_refused_as_invalid() {
        assertThat(kit.problem(steps.confirm("no-such-token-" + UUID.randomUUID())).code())
                .isEqualTo(IdentityRefusal.EMAIL_CHANGE_LINK_INVALID.code());
        Answer empty = steps.confirm(" ");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(kit.problem(empty).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("token", IdentityRefusal.LINK_INVALID_OR_EXPIRED.code()));
    }

    @Test
    void the_openapi_document_describes_the_e_mail_change_routes_and_their_refusals() {
        String document = kit.call(io.micronaut.http.HttpRequest.GET("/openapi/platform-api.yml")).body();

        assertThat(document).contains("/api/v1/me/email:", "/api/v1/me/email/pending:",
                "/api/v1/me/email/pending/resend:", "/api/v1/auth/email-change/confirm:", "PendingEmailChange:",
                "EmailChangeConfirmation:", "EmailChangeConfirmed:", "email.change-limit-reached",
                "email-change.link-invalid on token", "pendingEmailChange");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
