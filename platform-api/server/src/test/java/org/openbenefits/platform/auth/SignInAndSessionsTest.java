package org.openbenefits.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.RefreshRequest;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.auth.SignOutRequest;
import org.openbenefits.contract.api.auth.UserSummary;
import org.openbenefits.contract.api.catalogue.CatalogueOfferView;
import org.openbenefits.contract.api.catalogue.CataloguePage;
import org.openbenefits.contract.api.me.EmailChangeRequest;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.account.Employers;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.demo.DemoData;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** Signing in, the lockout, refresh-token rotation and sign-out, through the HTTP API. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAndSessionsTest implements TestPropertyProvider {

    private final MutableClock clock = new MutableClock();

    @Inject
    IdentityTestKit kit;
    @Inject
    Employers employers;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_sign_in"));
        properties.put("platform.demo-data.enabled", "true");
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                Arguments.of("rh@acme.example", Role.HR_MANAGER, true),
                Arguments.of("salarie@acme.example", Role.EMPLOYEE, true),
                Arguments.of("lea.bernard@acme.example", Role.EMPLOYEE, true),
                Arguments.of("hugo.petit@acme.example", Role.EMPLOYEE, true),
                Arguments.of("support@platform.example", Role.SUPPORT_AGENT, false),
                Arguments.of("admin@platform.example", Role.PLATFORM_ADMIN, false));
    }

    @ParameterizedTest
    @MethodSource("demoAccounts")
    void every_demo_account_signs_in_and_its_token_names_the_account_role_employer_email_name_and_language(
            String email, Role role, boolean belongsToAcme) {
        SignInResponse session = kit.signIn(email, DemoData.PASSWORD);

        assertThat(session.expiresIn()).isEqualTo(900);
        assertThat(session.refreshToken()).hasSize(43);
        assertThat(session.user().email()).isEqualTo(email);
        assertThat(session.user().role()).isEqualTo(role.name());
        assertThat(session.user().language()).isEqualTo("fr");
        Map<String, Object> claims = kit.claims(session.accessToken());
        assertThat(claims).containsEntry("sub", String.valueOf(session.user().id()))
                .containsEntry("roles", List.of(role.name()))
                .containsEntry("email", email)
                .containsEntry("name", session.user().firstName() + " " + session.user().lastName())
                .containsEntry("lang", "fr");
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue()).isEqualTo(900);
        if (belongsToAcme) {
            long acme = employers.findByName(DemoData.EMPLOYER).orElseThrow().id();
            assertThat(session.user().employerId()).isEqualTo(acme);
            assertThat(((Number) claims.get("employerId")).longValue()).isEqualTo(acme);
        } else {
            assertThat(session.user().employerId()).isNull();
            assertThat(claims).doesNotContainKey("employerId");
        }
    }

    @Test
    void the_demo_catalogue_offers_fifteen_pictured_offers_of_every_delivery_type_and_two_advantage_codes()
            throws IOException {
        String token = kit.signIn("salarie@acme.example", DemoData.PASSWORD).accessToken();

        Answer answer = kit.call(HttpRequest.GET("/api/v1/catalogue/offers?size=50")
                .bearerAuth(token));

        CataloguePage page = kit.read(answer,
                CataloguePage.class);
        assertThat(page.total()).isEqualTo(15);
        assertThat(page.items()).extracting(CatalogueOfferView::delivery)
                .contains("E_TICKET", "E_GIFT_CARD", "POSTAL");
        assertThat(page.items()).extracting(CatalogueOfferView::availability)
                .contains("IN_STOCK", "LOW", "SOLD_OUT");
        assertThat(page.items()).as("every demo offer has its picture").extracting(CatalogueOfferView::hasImage)
                .containsOnly(true);
        for (CatalogueOfferView offer : page.items()) {
            HttpResponse<byte[]> picture = kit.bytes(HttpRequest
                    .GET("/api/v1/catalogue/offers/" + offer.id() + "/image").accept(MediaType.IMAGE_JPEG_TYPE)
                    .bearerAuth(token));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.body()));
            assertThat(image).as("the picture of %s decodes", offer.title()).isNotNull();
            assertThat(List.of(image.getWidth(), image.getHeight())).as(offer.title()).containsExactly(800, 500);
        }
        String admin = kit.signIn("admin@platform.example", DemoData.PASSWORD).accessToken();
        assertThat(kit.call(HttpRequest.GET("/api/v1/platform/advantage-codes").bearerAuth(admin)).body())
                .contains("CULTURE10", "PORTOFFERT");
    }

    @Test
    void the_address_is_found_whatever_its_case_and_surrounding_spaces() {
        SignInResponse session = kit.signIn("  Salarie@ACME.example ", DemoData.PASSWORD);

        assertThat(session.user().email()).isEqualTo("salarie@acme.example");
    }

    @Test
    void a_wrong_password_is_refused_with_401_invalid_credentials_saying_when_sign_in_locks() {
        Answer answer = kit.signInAnswer("salarie@acme.example", "Not-the-password-1");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).hasValue(ProblemDetail.MEDIA_TYPE);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo(IdentityRefusal.INVALID_CREDENTIALS.code());
        assertThat(problem.parameters()).containsExactly(Map.entry("attempts", 5), Map.entry("minutes", 15));
        assertThat(problem.retryAfter()).isNull();
    }

    @Test
    void a_wrong_password_reads_in_english_with_accept_language_en_and_in_french_without_it() {
        SignInRequest wrong = new SignInRequest("salarie@acme.example", "Not-the-password-1");

        ProblemDetail english = kit.problem(kit.call(HttpRequest.POST("/api/v1/auth/sign-in", wrong)
                .header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")));
        ProblemDetail french = kit.problem(kit.call(HttpRequest.POST("/api/v1/auth/sign-in", wrong)));

        assertThat(english.code()).isEqualTo(french.code()).isEqualTo("auth.invalid-credentials");
        assertThat(english.title()).isEqualTo("Sign-in required");
        assertThat(english.detail()).isEqualTo("Wrong e-mail address or password. After 5 failed attempts, signing in "
                + "is blocked for 15 minutes; “Forgot your password?” unblocks it at once. First sign-in? Activate "
                + "your account first with the link in the invitation e-mail.");
        assertThat(french.title()).isEqualTo("Authentification requise");
        assertThat(french.detail()).isEqualTo("Adresse e-mail ou mot de passe incorrect. Après 5 essais infructueux, "
                + "la connexion est bloquée 15 minutes ; « Mot de passe oublié » la débloque aussitôt. Première "
                + "connexion ? Activez d’abord votre compte avec le lien de l’e-mail d’invitation.");
    }

    @Test
    void an_unknown_address_gets_exactly_the_same_answer_as_a_wrong_password() {
        Answer wrongPassword = kit.signInAnswer("hugo.petit@acme.example", "Not-the-password-1");
        Answer unknown = kit.signInAnswer("nobody@acme.example", "Not-the-password-1");

        assertThat(unknown.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    @OutsideTheContract("a sign-in without its e-mail address")
    void a_missing_field_is_named_in_the_problem() {
        Answer answer = kit.post("/api/v1/auth/sign-in", Map.of("password", "x"));

        assertThat(answer.status()).isEqualTo(400);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo(GeneralRefusal.INVALID_REQUEST.code());
        assertThat(problem.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactly(tuple("email", FieldCode.REQUIRED.code()));
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one() {
        UserAccountRow account = kit.activeEmployee();
        for (int i = 0; i < 4; i++) {
            assertThat(kit.signInAnswer(account.email(), "Wrong-password-" + i).status()).isEqualTo(401);
        }

        Answer fifth = kit.signInAnswer(account.email(), "Wrong-password-5");
        Answer rightOneWhileLocked = kit.signInAnswer(account.email(), IdentityTestKit.GOOD_PASSWORD);

        assertThat(fifth.status()).isEqualTo(423);
        ProblemDetail problem = kit.problem(fifth);
        assertThat(problem.code()).isEqualTo(IdentityRefusal.SIGN_IN_LOCKED.code());
        assertThat(problem.parameters()).containsExactly(Map.entry("minutes", 15));
        assertThat(problem.retryAfter()).isEqualTo(15 * 60);
        assertThat(fifth.header("Retry-After")).hasValue("900");
        assertThat(rightOneWhileLocked.status()).isEqualTo(423);
        assertThat(kit.problem(rightOneWhileLocked).code()).isEqualTo(IdentityRefusal.SIGN_IN_LOCKED.code());
    }

    @Test
    void a_locked_account_opens_again_once_the_lock_has_passed_and_a_success_forgets_the_failures() {
        UserAccountRow account = kit.activeEmployee();
        for (int i = 0; i < 5; i++) {
            kit.signInAnswer(account.email(), "Wrong-password-" + i);
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(kit.signInAnswer(account.email(), IdentityTestKit.GOOD_PASSWORD).status()).isEqualTo(423);

        clock.advance(Duration.ofMinutes(1));
        SignInResponse session = kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD);

        assertThat(session.user().id()).isEqualTo(account.id());
        for (int i = 0; i < 4; i++) {
            assertThat(kit.signInAnswer(account.email(), "Wrong-again-" + i).status()).isEqualTo(401);
        }
    }

    @Test
    void an_invited_account_gets_the_same_answer_as_an_unknown_address_and_a_deactivated_one_is_told_so_with_the_right_password() {
        long employerId = kit.employer("Test employer").id();
        UserAccountRow invited = kit.account(Role.EMPLOYEE, AccountStatus.INVITED, employerId);
        UserAccountRow deactivated = kit.account(Role.EMPLOYEE, AccountStatus.DEACTIVATED, employerId);

        Answer notActivated = kit.signInAnswer(invited.email(), IdentityTestKit.GOOD_PASSWORD);
        Answer off = kit.signInAnswer(deactivated.email(), IdentityTestKit.GOOD_PASSWORD);
        Answer offWrongPassword = kit.signInAnswer(deactivated.email(), "Wrong-password-1");

        Answer unknown = kit.signInAnswer("nobody-" + invited.email(), IdentityTestKit.GOOD_PASSWORD);
        assertThat(notActivated.status()).isEqualTo(401);
        assertThat(kit.problem(notActivated).code()).isEqualTo(IdentityRefusal.INVALID_CREDENTIALS.code());
        assertThat(notActivated.body()).isEqualTo(unknown.body());
        assertThat(off.status()).isEqualTo(403);
        assertThat(kit.problem(off).code()).isEqualTo(IdentityRefusal.ACCOUNT_DEACTIVATED.code());
        assertThat(kit.problem(offWrongPassword).code()).isEqualTo(IdentityRefusal.INVALID_CREDENTIALS.code());
    }

    @Test
    void a_refresh_gives_a_new_pair_and_the_spent_refresh_token_no_longer_works() {
        SignInResponse first = kit.signIn("lea.bernard@acme.example", DemoData.PASSWORD);

        Answer refreshed = kit.post("/api/v1/auth/refresh", new RefreshRequest(first.refreshToken()));

        assertThat(refreshed.status()).isEqualTo(200);
        SignInResponse second = kit.read(refreshed, SignInResponse.class);
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.user().id()).isEqualTo(first.user().id());
        assertThat(kit.claims(second.accessToken())).containsEntry("sub", String.valueOf(first.user().id()));
        Answer third = kit.post("/api/v1/auth/refresh", new RefreshRequest(second.refreshToken()));
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void presenting_a_spent_refresh_token_again_revokes_the_whole_session() {
        SignInResponse first = kit.signIn("lea.bernard@acme.example", DemoData.PASSWORD);
        SignInResponse second = kit.read(kit.post("/api/v1/auth/refresh", new RefreshRequest(first.refreshToken())),
                SignInResponse.class);

        Answer replay = kit.post("/api/v1/auth/refresh", new RefreshRequest(first.refreshToken()));
        Answer legitimate = kit.post("/api/v1/auth/refresh", new RefreshRequest(second.refreshToken()));

        assertThat(replay.status()).isEqualTo(401);
        assertThat(kit.problem(replay).code()).isEqualTo(IdentityRefusal.REFRESH_TOKEN_INVALID.code());
        assertThat(legitimate.status()).isEqualTo(401);
        assertThat(kit.problem(legitimate).code()).isEqualTo(IdentityRefusal.REFRESH_TOKEN_INVALID.code());
    }

    @Test
    void other_sessions_of_the_same_person_survive_a_replay_in_one_of_them() {
        SignInResponse stolen = kit.signIn("hugo.petit@acme.example", DemoData.PASSWORD);
        SignInResponse otherDevice = kit.signIn("hugo.petit@acme.example", DemoData.PASSWORD);
        kit.post("/api/v1/auth/refresh", new RefreshRequest(stolen.refreshToken()));
        kit.post("/api/v1/auth/refresh", new RefreshRequest(stolen.refreshToken()));

        assertThat(kit.post("/api/v1/auth/refresh", new RefreshRequest(otherDevice.refreshToken())).status())
                .isEqualTo(200);
    }

    @Test
    void a_refresh_token_expires_after_twelve_hours() {
        SignInResponse session = kit.signIn("rh@acme.example", DemoData.PASSWORD);

        clock.advance(Duration.ofHours(12));

        assertThat(kit.post("/api/v1/auth/refresh", new RefreshRequest(session.refreshToken())).status())
                .isEqualTo(401);
    }

    @Test
    void sign_out_revokes_the_session_server_side_and_answers_204_even_twice() {
        SignInResponse session = kit.signIn("salarie@acme.example", DemoData.PASSWORD);

        Answer signOut = kit.post("/api/v1/auth/sign-out", new SignOutRequest(session.refreshToken()));
        Answer again = kit.post("/api/v1/auth/sign-out", new SignOutRequest(session.refreshToken()));

        assertThat(signOut.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(204);
        Answer refresh = kit.post("/api/v1/auth/refresh", new RefreshRequest(session.refreshToken()));
        assertThat(refresh.status()).isEqualTo(401);
    }

    @Test
    @OutsideTheContract("no access token on a route that needs one")
    void a_protected_route_without_a_token_answers_401_problem_json_with_a_bearer_challenge() {
        Answer answer = kit.post("/api/v1/me/email", new EmailChangeRequest("x", "new@example.org"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).hasValue(ProblemDetail.MEDIA_TYPE);
        assertThat(answer.header("WWW-Authenticate")).hasValue("Bearer");
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo(GeneralRefusal.AUTHENTICATION_REQUIRED.code());
    }

    @Test
    void a_signed_in_person_reads_their_own_account_with_the_access_token() {
        SignInResponse session = kit.signIn("rh@acme.example", DemoData.PASSWORD);

        Answer me = kit.call(HttpRequest.GET("/api/v1/me").bearerAuth(session.accessToken()));

        assertThat(me.status()).isEqualTo(200);
        assertThat(kit.read(me, UserSummary.class)).isEqualTo(session.user());
    }

    @Test
    void a_token_with_a_forged_signature_is_not_accepted() {
        SignInResponse session = kit.signIn("salarie@acme.example", DemoData.PASSWORD);
        String[] parts = session.accessToken().split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + "A".repeat(parts[2].length());

        Answer answer = kit.postAs(forged, "/api/v1/me/email", new EmailChangeRequest("x", "new@example.org"));

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void the_public_routes_stay_open_without_a_token() {
        assertThat(kit.call(HttpRequest.GET("/api/v1/platform")).status()).isEqualTo(200);
        assertThat(kit.call(HttpRequest.GET("/health")).status()).isEqualTo(200);
        assertThat(kit.call(HttpRequest.GET("/openapi/platform-api.yml")).status()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_lists_the_identity_routes_and_the_bearer_scheme() {
        String document = kit.call(HttpRequest.GET("/openapi/platform-api.yml")).body();

        assertThat(document).contains("/api/v1/auth/sign-in:", "/api/v1/auth/refresh:", "/api/v1/auth/sign-out:",
                "/api/v1/auth/password-reset:", "/api/v1/auth/password-reset/confirm:", "/api/v1/auth/password-check:",
                "/api/v1/invitations/{token}:", "/api/v1/invitations/{token}/accept:", "/api/v1/me/email:",
                "bearerAuth:", "scheme: bearer");
    }

    @Test
    void the_openapi_document_describes_the_profile_personal_data_import_job_and_manager_routes() {
        String document = kit.call(HttpRequest.GET("/openapi/platform-api.yml")).body();

        assertThat(document).contains("/api/v1/me/profile:", "/api/v1/me/data-export:", "/api/v1/me/deletion:",
                "/api/v1/employee-imports/{id}:", "/api/v1/managers:", "ProfileView:", "ProfileUpdate:",
                "PersonalDataExport:", "ImportJobView:", "AccountDeletionRequest:", "name (first and last name");
    }
}
