package org.openbenefits.contract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

/** Every way of forging or bending an access token that the black-box probe tried, and some it did not. */
class AccessTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final SigningKeySet KEYS = SigningKeySet.generate(LocalDate.of(2026, 12, 3));
    private static final SigningKeySet OTHER_KEYS = SigningKeySet.generate(LocalDate.of(2026, 12, 3));

    private final AccessTokenVerifier verifier = new AccessTokenVerifier(KEYS::publicKey, Clock.fixed(NOW, ZoneOffset.UTC));

    private static AccessTokenClaims claims() {
        return new AccessTokenClaims(42, "EMPLOYEE", 7L, "session-1", "camille@acme.example", "Camille Martin", "fr",
                NOW.minusSeconds(60), NOW.plusSeconds(840));
    }

    @Test
    void a_token_signed_by_platform_api_says_who_the_caller_is() {
        String token = new AccessTokenSigner(KEYS.signingKey()).sign(claims());

        assertThat(verifier.verify(token)).hasValue(claims());
    }

    @Test
    void a_token_signed_with_a_key_that_is_not_published_is_refused_even_under_a_known_key_id() {
        ECKey impostor = new ECKey.Builder(OTHER_KEYS.signingKey()).keyID(KEYS.signingKey().getKeyID()).build();

        assertThat(verifier.verify(new AccessTokenSigner(impostor).sign(claims()))).isEmpty();
        assertThat(verifier.verify(new AccessTokenSigner(OTHER_KEYS.signingKey()).sign(claims()))).isEmpty();
    }

    @Test
    void a_token_signed_with_the_old_shared_secret_is_refused() throws Exception {
        String oldDevelopmentSecret = "dev-only-jwt-secret-do-not-use-in-production-0123456789";
        SignedJWT hs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(KEYS.signingKey().getKeyID()).build(), body(UnaryOperator.identity()));
        hs256.sign(new MACSigner(oldDevelopmentSecret.getBytes(StandardCharsets.UTF_8)));

        assertThat(verifier.verify(hs256.serialize())).isEmpty();
    }

    @Test
    void a_token_signed_with_hmac_over_the_public_key_is_refused() throws Exception {
        byte[] publicKeyAsSecret = KEYS.publicKeys().toString().getBytes(StandardCharsets.UTF_8);
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt"))
                .keyID(KEYS.signingKey().getKeyID()).build(), body(UnaryOperator.identity()));
        confused.sign(new MACSigner(publicKeyAsSecret));

        assertThat(verifier.verify(confused.serialize())).isEmpty();
    }

    @Test
    void an_unsigned_token_is_refused() {
        String none = new PlainJWT(body(UnaryOperator.identity())).serialize();
        String noneWithTrailingDot = none.endsWith(".") ? none : none + ".";

        assertThat(verifier.verify(none)).isEmpty();
        assertThat(verifier.verify(noneWithTrailingDot)).isEmpty();
        String forgedHeader = encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + KEYS.signingKey().getKeyID() + "\"}");
        assertThat(verifier.verify(forgedHeader + "." + none.split("\\.")[1] + ".")).isEmpty();
    }

    @Test
    void a_token_with_another_type_or_without_key_id_or_with_a_critical_header_is_refused() throws Exception {
        assertThat(verifier.verify(signed(header().type(JOSEObjectType.JWT), UnaryOperator.identity()))).isEmpty();
        assertThat(verifier.verify(signed(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("at+jwt")), UnaryOperator.identity()))).isEmpty();
        assertThat(verifier.verify(signed(header().keyID("unknown-key"), UnaryOperator.identity()))).isEmpty();
        assertThat(verifier.verify(signed(header().jwk(KEYS.signingKey().toPublicJWK()), UnaryOperator.identity())))
                .isEmpty();
        assertThat(verifier.verify(signed(header().criticalParams(java.util.Set.of("exp")).customParam("exp", 1),
                UnaryOperator.identity()))).isEmpty();
    }

    @Test
    void a_token_from_another_issuer_or_for_another_audience_is_refused() throws Exception {
        assertThat(verifier.verify(signed(header(), b -> b.issuer("https://evil.example")))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.issuer(null)))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.audience("another-api")))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.audience((String) null)))).isEmpty();
    }

    @Test
    void a_token_without_expiry_or_issue_time_or_living_too_long_is_refused() throws Exception {
        assertThat(verifier.verify(signed(header(), b -> b.expirationTime(null)))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.issueTime(null)))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.expirationTime(Date.from(NOW.plus(Duration.ofDays(365)))))))
                .isEmpty();
    }

    @Test
    void an_expired_token_or_one_from_the_future_is_refused() throws Exception {
        assertThat(verifier.verify(signed(header(), b -> b.expirationTime(Date.from(NOW))))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.issueTime(Date.from(NOW.plusSeconds(120)))
                .expirationTime(Date.from(NOW.plusSeconds(600)))))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.notBeforeTime(Date.from(NOW.plusSeconds(300)))))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.notBeforeTime(Date.from(NOW.minusSeconds(1)))))).isPresent();
    }

    @Test
    void a_token_whose_role_session_or_employer_is_malformed_is_refused() throws Exception {
        assertThat(verifier.verify(signed(header(), b -> b.claim("roles", null)))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.claim("roles", List.of("EMPLOYEE", "PLATFORM_ADMIN")))))
                .isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.claim("roles", List.of("root; drop"))))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.claim("sid", null)))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.claim("employerId", "7")))).isEmpty();
        assertThat(verifier.verify(signed(header(), b -> b.subject("someone")))).isEmpty();
    }

    @Test
    void a_token_changed_after_signing_is_refused() {
        String token = new AccessTokenSigner(KEYS.signingKey()).sign(claims());
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("EMPLOYEE", "PLATFORM_ADMIN");

        assertThat(verifier.verify(parts[0] + "." + encode(payload) + "." + parts[2])).isEmpty();
    }

    @Test
    void garbage_and_huge_input_are_refused_without_error() {
        assertThat(verifier.verify("")).isEmpty();
        assertThat(verifier.verify(null)).isEmpty();
        assertThat(verifier.verify("a.b.c")).isEmpty();
        assertThat(verifier.verify("....")).isEmpty();
        assertThat(verifier.verify("x".repeat(100_000))).isEmpty();
        String token = new AccessTokenSigner(KEYS.signingKey()).sign(claims());
        assertThat(verifier.verify(token + "x")).isEmpty();
    }

    @Test
    void a_token_is_verified_by_any_published_key_so_that_keys_can_rotate() {
        SigningKeySet next = KEYS.withNewKey(LocalDate.of(2026, 12, 4));
        SigningKeySet rotated = next.withLastKeySigning();
        AccessTokenVerifier during = new AccessTokenVerifier(rotated::publicKey, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(rotated.keyIds()).hasSize(2).last().isEqualTo(KEYS.signingKey().getKeyID());
        assertThat(during.verify(new AccessTokenSigner(KEYS.signingKey()).sign(claims()))).isPresent();
        assertThat(during.verify(new AccessTokenSigner(rotated.signingKey()).sign(claims()))).isPresent();
        assertThat(verifier.verify(new AccessTokenSigner(rotated.signingKey()).sign(claims()))).isEmpty();
        assertThat(rotated.withOnlySigningKey().keyIds()).containsExactly(rotated.signingKey().getKeyID());
    }

    private static JWSHeader.Builder header() {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("at+jwt"))
                .keyID(KEYS.signingKey().getKeyID());
    }

    private static String signed(JWSHeader.Builder header, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(header.build(), body(change));
        jwt.sign(new ECDSASigner(KEYS.signingKey()));
        return jwt.serialize();
    }

    private static JWTClaimsSet body(UnaryOperator<JWTClaimsSet.Builder> change) {
        AccessTokenClaims claims = claims();
        return change.apply(new JWTClaimsSet.Builder()
                .issuer(AccessTokenFormat.ISSUER).audience(AccessTokenFormat.AUDIENCE).subject("42")
                .issueTime(Date.from(claims.issuedAt())).expirationTime(Date.from(claims.expiresAt()))
                .claim("roles", List.of("EMPLOYEE")).claim("employerId", 7L).claim("sid", "session-1")
                .claim("email", claims.email()).claim("name", claims.name()).claim("lang", "fr")).build();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
