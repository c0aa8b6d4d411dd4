package org.openbenefits.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbenefits.contract.token.SigningKeySet;

class SigningKeysTest {

    private static final String KEYS = SigningKeySet.generate(LocalDate.of(2026, 12, 3)).toPrivateJson();

    @Test
    void without_keys_the_refusal_says_which_setting_to_give_and_how_to_make_a_key() {
        assertThatThrownBy(() -> SigningKeys.load("", null)).isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("JWT_SIGNING_KEYS_FILE").hasMessageContaining("signing-keys new");
    }

    @Test
    void a_key_file_and_inline_keys_together_are_refused_as_ambiguous() {
        assertThatThrownBy(() -> SigningKeys.load("/run/secrets/keys", KEYS)).isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("keep only one");
    }

    @Test
    void a_file_that_cannot_be_read_is_named() {
        assertThatThrownBy(() -> SigningKeys.load("/nowhere/keys.json", null)).isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("/nowhere/keys.json").hasMessageContaining("cannot be read");
    }

    @Test
    void keys_that_cannot_sign_es256_are_refused_without_showing_them(@TempDir Path folder) throws Exception {
        String publicOnly = JWKSet.parse(KEYS).toPublicJWKSet().toString();
        String rsa = new JWKSet(new RSAKeyGenerator(2048).keyID("rsa-1").keyUse(KeyUse.SIGNATURE).generate())
                .toString(false);

        assertThatThrownBy(() -> SigningKeys.load(null, "not json")).hasMessageContaining("not a JWK set");
        assertThatThrownBy(() -> SigningKeys.load(null, "{\"keys\":[]}")).hasMessageContaining("holds no key");
        assertThatThrownBy(() -> SigningKeys.load(null, publicOnly)).hasMessageContaining("not an EC P-256 private key")
                .hasMessageNotContaining(JWKSet.parse(KEYS).getKeys().getFirst().toJSONObject().get("x").toString());
        assertThatThrownBy(() -> SigningKeys.load(null, rsa)).hasMessageContaining("rsa-1 is not an EC P-256 private key");
        Path file = Files.writeString(folder.resolve("keys.json"), KEYS);
        assertThat(SigningKeys.load(file.toString(), "").keyIds()).hasSize(1);
    }
}
