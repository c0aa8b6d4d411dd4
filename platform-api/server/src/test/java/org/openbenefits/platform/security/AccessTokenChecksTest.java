package org.openbenefits.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.api.auth.SignOutRequest;
import org.openbenefits.contract.token.AccessTokenFormat;
import org.openbenefits.contract.token.SigningKeySet;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;
import org.openbenefits.testkit.TestSigningKeys;

/**
 * The attacks on access tokens, played against the running API: forged tokens of every kind, and genuine tokens of
 * accounts or sessions that should no longer act. A forged platform-admin token must read nothing.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTokenChecksTest implements TestPropertyProvider {

    private static final String ADMIN_ROUTE = "/api/v1/platform/top-ups";
    private static final String OLD_DEVELOPMENT_SECRET = "dev-only-jwt-secret-do-not-use-in-production-0123456789";

    @Inject
    IdentityTestKit kit;
    @Inject
    UserAccounts accounts;

    private UserAccountRow employee;
    private UserAccountRow admin;
    /** A real session of each account, so that a token signed here differs from a genuine one only where a test says. */
    private final Map<Long, String> sessions = new java.util.HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestInfrastructure.get().micronautProperties("platform_tokens"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void accounts() {
        employee = kit.activeEmployee();
        admin = kit.account(Role.PLATFORM_ADMIN, AccountStatus.ACTIVE, null);
        for (UserAccountRow account : List.of(employee, admin)) {
            String token = kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
            sessions.put(account.id(), (String) kit.claims(token).get("sid"));
        }
    }

    @Test
    void the_public_keys_are_published_and_name_the_key_that_signs_tokens() throws Exception {
        Answer answer = kit.call(HttpRequest.GET(AccessTokenFormat.JWKS_PATH));
        SignInResponse session = kit.signIn(employee.email(), IdentityTestKit.GOOD_PASSWORD);
        JWSHeader header = SignedJWT.parse(session.accessToken()).getHeader();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/jwk-set+json"));
        JWKSet published = JWKSet.parse(answer.body());
        assertThat(published.getKeys()).hasSize(1).allSatisfy(key -> assertThat(key.isPrivate()).isFalse());
        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(header.getKeyID()).isEqualTo(published.getKeys().getFirst().getKeyID());
        assertThat(answer.body()).doesNotContain("\"d\"");
    }

    @Test
    void a_genuine_token_works() {
        SignInResponse session = kit.signIn(admin.email(), IdentityTestKit.GOOD_PASSWORD);

        assertThat(get(ADMIN_ROUTE, session.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void a_platform_admin_token_signed_with_the_old_shared_secret_reads_nothing() throws Exception {
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).build(), claims(admin, b -> b));
        forged.sign(new MACSigner(OLD_DEVELOPMENT_SECRET.getBytes(StandardCharsets.UTF_8)));

        assertRefused(forged.serialize());
        assertThat(get("/api/v1/audit", forged.serialize()).status()).isEqualTo(401);
    }

    @Test
    void an_unsigned_token_or_one_signed_by_an_unknown_key_reads_nothing() throws Exception {
        assertRefused(new PlainJWT(claims(admin, b -> b)).serialize());
        ECKey stranger = SigningKeySet.generate(LocalDate.of(2026, 1, 1)).signingKey();
        assertRefused(signed(stranger, claims(admin, b -> b)));
        ECKey strangerUnderOurKeyId = new ECKey.Builder(stranger).keyID(TestSigningKeys.get().signingKey().getKeyID()).build();
        assertRefused(signed(strangerUnderOurKeyId, claims(admin, b -> b)));
    }

    @Test
    void tokens_without_expiry_or_from_the_future_or_from_another_issuer_or_audience_are_refused() throws Exception {
        ECKey ours = TestSigningKeys.get().signingKey();
        assertThat(get(ADMIN_ROUTE, signed(ours, claims(admin, b -> b))).status()).isEqualTo(200);

        assertRefused(signed(ours, claims(admin, b -> b.expirationTime(null))));
        assertRefused(signed(ours, claims(admin, b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(3600))))));
        assertRefused(signed(ours, claims(admin, b -> b.issueTime(Date.from(Instant.now().plusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().plusSeconds(4000))))));
        assertRefused(signed(ours, claims(admin, b -> b.issuer("https://attacker.example"))));
        assertRefused(signed(ours, claims(admin, b -> b.audience("another-service"))));
        assertRefused(signed(ours, claims(admin, b -> b.expirationTime(Date.from(Instant.now().minusSeconds(1))))));
    }

    @Test
    void a_role_or_employer_the_account_does_not_have_is_refused_even_when_properly_signed() throws Exception {
        ECKey ours = TestSigningKeys.get().signingKey();

        assertThat(get("/api/v1/me/wallet", signed(ours, claims(employee, b -> b))).status()).isEqualTo(200);
        assertThat(get("/api/v1/employees", signed(ours, claims(employee, b -> b
                .claim("roles", List.of("HR_MANAGER"))))).status()).isEqualTo(401);
        assertThat(get("/api/v1/me/wallet", signed(ours, claims(employee, b -> b
                .claim("employerId", employee.employerId() + 1)))).status()).isEqualTo(401);
        assertThat(get(ADMIN_ROUTE, signed(ours, claims(employee, b -> b
                .claim("roles", List.of("PLATFORM_ADMIN")).claim("employerId", null)))).status()).isEqualTo(401);
    }

    @Test
    void a_token_of_a_session_that_never_existed_is_refused() throws Exception {
        assertRefused(signed(TestSigningKeys.get().signingKey(),
                claims(admin, b -> b.claim("sid", UUID.randomUUID().toString()))));
    }

    @Test
    void a_deactivated_employee_token_stops_working_within_five_seconds() {
        UserAccountRow leaving = kit.activeEmployee();
        String token = kit.signIn(leaving.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
        assertThat(get("/api/v1/me/wallet", token).status()).isEqualTo(200);

        accounts.updateStatus(leaving.id(), AccountStatus.DEACTIVATED.name());

        double seconds = secondsUntilRefused("/api/v1/me/wallet", token);
        System.out.printf("[security] a deactivated employee's token was refused after %.2f s%n", seconds);
        assertThat(seconds).isLessThan(5.0);
    }

    @Test
    void a_signed_out_session_access_token_stops_working_within_five_seconds() {
        UserAccountRow person = kit.activeEmployee();
        SignInResponse session = kit.signIn(person.email(), IdentityTestKit.GOOD_PASSWORD);
        SignInResponse other = kit.signIn(person.email(), IdentityTestKit.GOOD_PASSWORD);
        assertThat(get("/api/v1/me/wallet", session.accessToken()).status()).isEqualTo(200);

        assertThat(kit.post("/api/v1/auth/sign-out", new SignOutRequest(session.refreshToken())).status()).isEqualTo(204);

        double seconds = secondsUntilRefused("/api/v1/me/wallet", session.accessToken());
        System.out.printf("[security] a signed-out session's access token was refused after %.2f s%n", seconds);
        assertThat(seconds).isLessThan(5.0);
        assertThat(get("/api/v1/me/wallet", other.accessToken()).status())
                .as("another session of the same person goes on").isEqualTo(200);
    }

    private double secondsUntilRefused(String uri, String token) {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (get(uri, token).status() == 401) {
                return (System.nanoTime() - start) / 1e9;
            }
            sleep(100);
        }
        return Double.POSITIVE_INFINITY;
    }

    private void assertRefused(String token) {
        Answer answer = get(ADMIN_ROUTE, token);
        assertThat(answer.status()).as("forged token on %s", ADMIN_ROUTE).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("amountCents");
    }

    private Answer get(String uri, String token) {
        return kit.call(HttpRequest.GET(uri).bearerAuth(token));
    }

    private JWTClaimsSet claims(UserAccountRow account, UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(AccessTokenFormat.ISSUER).audience(AccessTokenFormat.AUDIENCE)
                .subject(String.valueOf(account.id()))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)))
                .claim("roles", List.of(account.role().name()))
                .claim("sid", sessions.get(account.id())).claim("email", account.email()).claim("name", "X").claim("lang", "fr");
        if (account.employerId() != null) {
            builder.claim("employerId", account.employerId());
        }
        return change.apply(builder).build();
    }

    private String signed(ECKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("at+jwt"))
                .keyID(key.getKeyID()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
