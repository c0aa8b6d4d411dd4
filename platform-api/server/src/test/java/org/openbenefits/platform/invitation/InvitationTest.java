package org.openbenefits.platform.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.auth.RefreshRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.invitation.InvitationAcceptance;
import org.openbenefits.contract.api.invitation.InvitationDetails;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.EmployerRow;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** Invitations: the e-mail asked for, the activation page's details, and the acceptance that signs in. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationTest implements TestPropertyProvider {

    private static final String CHOSEN_PASSWORD = "Premier-Jour-2026";

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;
    @Inject
    InviteUser inviteUser;
    @Inject
    UserAccounts accounts;
    @Inject
    TransactionOperations<Connection> transactions;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_invitation"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void an_invited_employee_gets_an_e_mail_with_a_link_to_the_employee_portal_valid_seven_days() {
        EmployerRow employer = kit.employer("Boulangeries Dupont");
        UserAccountRow invited = kit.account(Role.EMPLOYEE, AccountStatus.INVITED, employer.id());

        InviteUser.Result result = invite(invited, null);

        Instant expiresAt = clock.instant().plus(Duration.ofDays(7));
        assertThat(result).isEqualTo(new InviteUser.Invited(expiresAt));
        NotificationRequested mail = kit.lastNotification(invited.email(), "invitation");
        assertThat(mail.locale()).isEqualTo("fr");
        assertThat(mail.parameters()).containsOnlyKeys("firstName", "employerName", "link", "expiresOn")
                .containsEntry("firstName", "Camille")
                .containsEntry("employerName", "Boulangeries Dupont")
                .containsEntry("expiresOn", DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .withZone(ZoneId.of("Europe/Paris")).format(expiresAt));
        assertThat(mail.parameters().get("link")).startsWith("http://127.0.0.1:8081/activation?jeton=");
    }

    @Test
    void the_activation_page_learns_who_is_invited_and_accepting_activates_the_account_and_signs_in() {
        EmployerRow employer = kit.employer("Boulangeries Dupont");
        UserAccountRow invited = kit.account(Role.EMPLOYEE, AccountStatus.INVITED, employer.id());
        invite(invited, null);
        String token = IdentityTestKit.tokenOf(kit.lastNotification(invited.email(), "invitation").parameters().get("link"));

        InvitationDetails details = kit.read(kit.call(HttpRequest.GET("/api/v1/invitations/" + token)),
                InvitationDetails.class);
        Answer accepted = kit.post("/api/v1/invitations/" + token + "/accept", new InvitationAcceptance(CHOSEN_PASSWORD));

        assertThat(details).isEqualTo(new InvitationDetails("Camille", invited.email(), "Boulangeries Dupont",
                clock.instant().plus(Duration.ofDays(7))));
        assertThat(accepted.status()).isEqualTo(200);
        SignInResponse session = kit.read(accepted, SignInResponse.class);
        assertThat(session.user().id()).isEqualTo(invited.id());
        assertThat(session.user().employerId()).isEqualTo(employer.id());
        assertThat(kit.claims(session.accessToken())).containsEntry("sub", String.valueOf(invited.id()));
        assertThat(kit.post("/api/v1/auth/refresh", new RefreshRequest(session.refreshToken())).status()).isEqualTo(200);
        UserAccountRow active = accounts.findById(invited.id()).orElseThrow();
        assertThat(active.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(active.passwordHash()).startsWith("$argon2id$");
        assertThat(kit.signIn(invited.email(), CHOSEN_PASSWORD).user().id()).isEqualTo(invited.id());
    }

    @Test
    void an_invitation_link_works_only_once() {
        UserAccountRow invited = kit.account(Role.EMPLOYEE, AccountStatus.INVITED, kit.employer("Test employer").id());
        invite(invited, null);
        String token = IdentityTestKit.tokenOf(kit.lastNotification(invited.email(), "invitation").parameters().get("link"));
        kit.post("/api/v1/invitations/" + token + "/accept", new InvitationAcceptance(CHOSEN_PASSWORD));

        Answer again = kit.post("/api/v1/invitations/" + token + "/accept", new InvitationAcceptance("Autre-Essai-2026"));
        Answer page = kit.call(HttpRequest.GET("/api/v1/invitations/" + token));

        assertThat(again.status()).isEqualTo(410);
        assertThat(kit.problem(again).code()).isEqualTo(IdentityRefusal.INVITATION_ALREADY_USED.code());
        assertThat(page.status()).isEqualTo(410);
        assertThat(kit.problem(page).code()).isEqualTo(IdentityRefusal.INVITATION_ALREADY_USED.code());
        assertThat(kit.signInAnswer(invited.email(), "Autre-Essai-2026").status()).isEqualTo(401);
    }

    @Test
    void a_weak_password_leaves_the_invitation_open_and_names_each_unmet_rule() {
        UserAccountRow invited = kit.account(Role.EMPLOYEE, AccountStatus.INVITED, kit.employer("Test employer").id());
        invite(invited, null);
        String token = IdentityTestKit.tokenOf(kit.lastNotification(invited.email(), "invitation").parameters().get("link"));

        Answer weak = kit.post("/api/v1/invitations/" + token + "/accept", new InvitationAcceptance("camille-2026"));

        assertThat(weak.status()).isEqualTo(400);
        assertThat(kit.problem(weak).code()).isEqualTo(IdentityRefusal.PASSWORD_TOO_WEAK.code());
        assertThat(kit.problem(weak).errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("password", IdentityRefusal.PASSWORD_UPPERCASE_MISSING.code()));
        assertThat(accounts.findById(invited.id()).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);
        assertThat(kit.call(HttpRequest.GET("/api/v1/invitations/" + token)).status()).isEqualTo(200);
    }

    @Test
    void inviting_again_replaces_the_previous_link() {
        UserAccountRow invited = kit.account(Role.EMPLOYEE, AccountStatus.INVITED, kit.employer("Test employer").id());
        invite(invited, null);
        String first = IdentityTestKit.tokenOf(kit.lastNotification(invited.email(), "invitation").parameters().get("link"));

        invite(invited, null);
        String second = IdentityTestKit.tokenOf(kit.lastNotification(invited.email(), "invitation").parameters().get("link"));

        assertThat(second).isNotEqualTo(first);
        Answer old = kit.call(HttpRequest.GET("/api/v1/invitations/" + first));
        assertThat(old.status()).isEqualTo(404);
        assertThat(kit.problem(old).code()).isEqualTo(IdentityRefusal.INVITATION_NOT_FOUND.code());
        assertThat(kit.call(HttpRequest.GET("/api/v1/invitations/" + second)).status()).isEqualTo(200);
    }

    @Test
    void an_invitation_expires_after_seven_days() {
        UserAccountRow invited = kit.account(Role.EMPLOYEE, AccountStatus.INVITED, kit.employer("Test employer").id());
        invite(invited, null);
        String token = IdentityTestKit.tokenOf(kit.lastNotification(invited.email(), "invitation").parameters().get("link"));

        clock.advance(Duration.ofDays(7));
        Answer page = kit.call(HttpRequest.GET("/api/v1/invitations/" + token));
        Answer accept = kit.post("/api/v1/invitations/" + token + "/accept", new InvitationAcceptance(CHOSEN_PASSWORD));

        assertThat(page.status()).isEqualTo(410);
        assertThat(kit.problem(page).code()).isEqualTo(IdentityRefusal.INVITATION_EXPIRED.code());
        assertThat(accept.status()).isEqualTo(410);
        assertThat(kit.problem(accept).code()).isEqualTo(IdentityRefusal.INVITATION_EXPIRED.code());
    }

    @Test
    void an_unknown_link_answers_404_problem_json() {
        Answer page = kit.call(HttpRequest.GET("/api/v1/invitations/not-a-real-token"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(kit.problem(page).code()).isEqualTo(IdentityRefusal.INVITATION_NOT_FOUND.code());
    }

    @Test
    void an_hr_manager_is_invited_by_name_to_the_administration_portal() {
        EmployerRow employer = kit.employer("Boulangeries Dupont");
        UserAccountRow inviter = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employer.id());
        UserAccountRow manager = kit.account(Role.HR_MANAGER, AccountStatus.INVITED, employer.id());

        invite(manager, inviter.id());

        NotificationRequested mail = kit.lastNotification(manager.email(), "manager-invitation");
        assertThat(mail.parameters()).containsEntry("inviterName", "Camille Martin")
                .containsEntry("employerName", "Boulangeries Dupont");
        assertThat(mail.parameters().get("link")).startsWith("http://127.0.0.1:8082/activation?jeton=");
    }

    @Test
    void active_and_deactivated_accounts_are_not_invited() {
        long employerId = kit.employer("Test employer").id();
        UserAccountRow active = kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employerId);
        UserAccountRow deactivated = kit.account(Role.EMPLOYEE, AccountStatus.DEACTIVATED, employerId);

        assertThat(invite(active, null)).isInstanceOf(InviteUser.AlreadyActive.class);
        assertThat(invite(deactivated, null)).isInstanceOf(InviteUser.Deactivated.class);
        assertThat(kit.notificationsTo(active.email())).isEmpty();
    }

    @Test
    void an_hr_manager_cannot_invite_someone_of_another_employer_and_inviting_needs_a_transaction() {
        UserAccountRow inviter = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, kit.employer("Employer A").id());
        UserAccountRow elsewhere = kit.account(Role.EMPLOYEE, AccountStatus.INVITED, kit.employer("Employer B").id());

        assertThatThrownBy(() -> invite(elsewhere, inviter.id())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inviteUser.invite(elsewhere.id(), null)).isNotInstanceOf(IllegalArgumentException.class);
        assertThat(kit.notificationsTo(elsewhere.email())).isEmpty();
    }

    private InviteUser.Result invite(UserAccountRow account, Long inviterId) {
        return transactions.executeWrite(status -> inviteUser.invite(account.id(), inviterId));
    }
}
