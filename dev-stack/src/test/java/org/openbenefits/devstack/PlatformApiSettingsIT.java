package org.openbenefits.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.openbenefits.testkit.embedded.FreePorts;

/**
 * platform-api's jar, started as an operator would outside ./run: without a signing key or a database account it
 * refuses to start, with one line saying what to set, before it tries to connect anywhere; and its key command makes
 * and rotates key sets.
 */
class PlatformApiSettingsIT {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path JAR = ROOT.resolve("platform-api/server/target/platform-api-server.jar");

    private record Run(int exitCode, String output) {
    }

    @Test
    void without_a_signing_key_platform_api_exits_at_once_saying_what_to_set() throws Exception {
        Run run = platformApi(Map.of("DATASOURCE_USERNAME", "platform"));

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.output()).contains("platform-api cannot start: No access-token signing key is configured.",
                "JWT_SIGNING_KEYS_FILE", "signing-keys new").doesNotContain("Exception");
    }

    @Test
    void without_a_database_account_platform_api_exits_at_once_saying_what_to_set() throws Exception {
        Run run = platformApi(Map.of());

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.output()).contains("platform-api cannot start: DATASOURCE_USERNAME is not set")
                .doesNotContain("Exception");
    }

    @Test
    void an_unusable_key_file_is_named_without_printing_its_content() throws Exception {
        Path file = Files.createTempFile("public-only", ".json");
        String publicOnly = JWKSet.parse(command("signing-keys", "new").output().lines().findFirst().orElseThrow())
                .toPublicJWKSet().toString();
        Files.writeString(file, publicOnly, StandardCharsets.UTF_8);

        Run run = platformApi(Map.of("DATASOURCE_USERNAME", "platform", "JWT_SIGNING_KEYS_FILE", file.toString()));

        assertThat(run.exitCode()).isEqualTo(78);
        assertThat(run.output()).contains("is not an EC P-256 private key").doesNotContain(publicOnly);
    }

    @Test
    void the_key_command_makes_a_key_then_adds_promotes_and_retires_one_for_a_rotation() throws Exception {
        Path keys = Files.createTempFile("keys", ".json");
        Files.writeString(keys, command("signing-keys", "new").output().lines().findFirst().orElseThrow());
        String first = JWKSet.parse(Files.readString(keys)).getKeys().getFirst().getKeyID();

        Files.writeString(keys, firstLine(command("signing-keys", "add", keys.toString())));
        assertThat(keyIds(keys)).hasSize(2).first().isEqualTo(first);
        Files.writeString(keys, firstLine(command("signing-keys", "promote", keys.toString())));
        assertThat(keyIds(keys)).hasSize(2).last().isEqualTo(first);
        Files.writeString(keys, firstLine(command("signing-keys", "retire", keys.toString())));
        assertThat(keyIds(keys)).hasSize(1).doesNotContain(first);
        assertThat(command("signing-keys", "shuffle").exitCode()).isEqualTo(64);
    }

    private static List<String> keyIds(Path file) throws Exception {
        return JWKSet.parse(Files.readString(file)).getKeys().stream().map(key -> key.getKeyID()).toList();
    }

    private static String firstLine(Run run) {
        assertThat(run.exitCode()).as(run.output()).isZero();
        return run.output().lines().findFirst().orElseThrow();
    }

    private static Run platformApi(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("JWT_") || name.startsWith("DATASOURCE_"));
        env.put("HTTP_PORT", Integer.toString(FreePorts.next()));
        // Nothing listens there: a start that went past the checks would fail on the connection instead.
        env.put("DATASOURCE_URL", "jdbc:mysql://127.0.0.1:" + FreePorts.next() + "/platform");
        env.putAll(environment);
        return run(builder);
    }

    private static Run command(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        return run(new ProcessBuilder(command).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD));
    }

    private static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("platform-api did not stop within 60 s: " + output);
        }
        return new Run(process.exitValue(), output);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
