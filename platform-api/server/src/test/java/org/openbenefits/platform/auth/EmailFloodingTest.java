package org.openbenefits.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ForwardedFor;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.PasswordResetConfirmation;
import org.openbenefits.contract.api.auth.PasswordResetRequest;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The attack: flood a person's mailbox through the platform (11 password-reset e-mails in 70 s before issue 8). Now
 * at most 3 reset links and 3 re-sent invitations an hour reach one account, and one client address asks for a
 * limited number of e-mails an hour. E-mails are counted in the outbox. The test's client poses as a trusted proxy
 * to speak for several client addresses.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailFloodingTest implements TestPropertyProvider {

    private static final int EMAILS_PER_HOUR_PER_ADDRESS = 8;

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_flooding"));
        properties.put("platform.security.rate-limit.requests-per-minute", "100000");
        properties.put("platform.security.rate-limit.emails-per-hour", Integer.toString(EMAILS_PER_HOUR_PER_ADDRESS));
        properties.put("platform.security.trusted-proxies", "127.0.0.1");
        return properties;
    }

    @Test
    void three_reset_e_mails_an_hour_reach_an_account_and_beyond_nothing_is_sent_with_the_same_answer_as_for_nobody() {
        UserAccountRow account = kit.activeEmployee();
        for (int i = 1; i <= 5; i++) {
            Answer known = askReset(account.email(), "198.51.100.21");
            Answer unknown = askReset("nobody-" + account.email(), "198.51.100.23");
            assertThat(known.status()).as("request %d", i).isEqualTo(202);
            assertThat(unknown.status()).isEqualTo(202);
            assertThat(unknown.body()).isEqualTo(known.body());
        }

        assertThat(resetMails(account)).isEqualTo(3);
        String lastLink = kit.lastNotification(account.email(), RequestPasswordReset.TEMPLATE).parameters().get("link");
        assertThat(kit.post("/api/v1/auth/password-reset/confirm",
                new PasswordResetConfirmation(IdentityTestKit.tokenOf(lastLink), "Nouveau-Depart-2027")).status())
                .as("the last link sent still works").isEqualTo(204);
        clock.advance(Duration.ofHours(1));
        askReset(account.email(), "198.51.100.22");
        assertThat(resetMails(account)).isEqualTo(4);
    }

    @Test
    void one_client_address_asks_for_a_limited_number_of_e_mails_an_hour_whoever_they_are_for() {
        String client = "198.51.100.31";
        for (int i = 1; i <= EMAILS_PER_HOUR_PER_ADDRESS; i++) {
            assertThat(askReset(kit.activeEmployee().email(), client).status()).as("request %d", i).isEqualTo(202);
        }
        UserAccountRow account = kit.activeEmployee();

        Answer known = askReset(account.email(), client);
        Answer unknown = askReset("nobody-" + account.email(), client);

        assertThat(known.status()).isEqualTo(429);
        assertThat(known.header("Retry-After")).isPresent();
        assertThat(kit.problem(known).code()).isEqualTo(IdentityRefusal.TOO_MANY_EMAILS.code());
        assertThat(kit.problem(known).parameters()).containsKey("minutes");
        assertThat(unknown.body()).isEqualTo(known.body());
        assertThat(resetMails(account)).isZero();
        assertThat(askReset(account.email(), "198.51.100.32").status()).isEqualTo(202);
        assertThat(resetMails(account)).isEqualTo(1);
    }

    @Test
    void hr_re_sends_an_invitation_three_times_an_hour_then_gets_429_too_many_invitations_with_retry_after() {
        long employerId = kit.employer("Invitations SA").id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        String token = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        String email = "invite-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        EmployeeView employee = kit.read(kit.call(HttpRequest.POST("/api/v1/employees", new EmployeeRequest("Élodie",
                "Lefèvre", email, "I-1", null, null, null, List.<EmployeeRequest.Child>of())).bearerAuth(token)),
                EmployeeView.class);

        for (int i = 1; i <= 3; i++) {
            assertThat(resend(employee, token, "198.51.100.41").status()).as("re-send %d", i).isEqualTo(202);
        }
        Answer fourth = resend(employee, token, "198.51.100.41");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).hasValue("3600");
        ProblemDetail problem = kit.problem(fourth);
        // Its code and wording are the employee area's (EmployeeController), which tests them.
        assertThat(problem.retryAfter()).isEqualTo(3600);
        assertThat(invitations(email)).as("the first invitation and three re-sends").isEqualTo(4);
        clock.advance(Duration.ofHours(1));
        String later = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken(); // the first one expired
        assertThat(resend(employee, later, "198.51.100.42").status()).isEqualTo(202);
        assertThat(invitations(email)).isEqualTo(5);
    }

    @Test
    void re_sent_invitations_count_against_the_client_address_too() {
        long employerId = kit.employer("Invitations SA").id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        String token = kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        String client = "198.51.100.51";
        for (int i = 1; i <= EMAILS_PER_HOUR_PER_ADDRESS; i++) {
            askReset("nobody-" + i + "@example.org", client);
        }
        String email = "invite-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        EmployeeView employee = kit.read(kit.call(HttpRequest.POST("/api/v1/employees", new EmployeeRequest("Élodie",
                "Lefèvre", email, "I-2", null, null, null, List.<EmployeeRequest.Child>of())).bearerAuth(token)),
                EmployeeView.class);

        Answer refused = resend(employee, token, client);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(kit.problem(refused).code()).isEqualTo(IdentityRefusal.TOO_MANY_EMAILS.code());
        assertThat(invitations(email)).isEqualTo(1);
    }

    private Answer askReset(String email, String client) {
        return kit.call(HttpRequest.POST("/api/v1/auth/password-reset", new PasswordResetRequest(email, null))
                .header(ForwardedFor.HEADER, client));
    }

    private Answer resend(EmployeeView employee, String token, String client) {
        return kit.call(HttpRequest.POST("/api/v1/employees/" + employee.id() + "/invitation", "")
                .bearerAuth(token).header(ForwardedFor.HEADER, client));
    }

    private long resetMails(UserAccountRow account) {
        return kit.notificationsTo(account.email()).stream()
                .filter(mail -> mail.template().equals(RequestPasswordReset.TEMPLATE)).count();
    }

    private long invitations(String email) {
        return kit.notificationsTo(email).stream()
                .filter(mail -> mail.template().equals(InviteUser.EMPLOYEE_TEMPLATE)).count();
    }
}
