package org.openbenefits.platform.security;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.openbenefits.contract.token.SigningKeySet;

/**
 * {@code java -jar platform-api-server.jar signing-keys <action>}: makes and rotates the JWK set of access-token
 * signing keys without starting the service. Each action prints the new set on standard output (a secret: redirect
 * it to a file readable by platform-api only); see docs/runbook.md for the rotation.
 */
public final class SigningKeysCommand {

    public static final String NAME = "signing-keys";
    private static final String USAGE = """
            Usage: java -jar platform-api-server.jar signing-keys ACTION
              new              a new set with one key
              add FILE         FILE's set with a new key added last (published, not signing yet)
              promote FILE     FILE's set with its last key moved first (it signs from now on)
              retire FILE      FILE's set with only its first key (once the others' tokens have expired)
            The set is printed on standard output.""";

    private SigningKeysCommand() {
    }

    /** Runs the action; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        try {
            SigningKeySet result = switch (args.length == 0 ? "" : args[0]) {
                case "new" -> args.length == 1 ? SigningKeySet.generate(today) : null;
                case "add" -> args.length == 2 ? read(args[1]).withNewKey(today) : null;
                case "promote" -> args.length == 2 ? read(args[1]).withLastKeySigning() : null;
                case "retire" -> args.length == 2 ? read(args[1]).withOnlySigningKey() : null;
                default -> null;
            };
            if (result == null) {
                err.println(USAGE);
                return 64; // EX_USAGE
            }
            out.println(result.toPrivateJson());
            err.println("Signing key: " + result.signingKey().getKeyID() + "; published: " + result.keyIds());
            return 0;
        } catch (IllegalArgumentException | IOException e) {
            err.println("signing-keys: " + e.getMessage());
            return 65; // EX_DATAERR
        }
    }

    private static SigningKeySet read(String file) throws IOException {
        return SigningKeySet.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    }
}
