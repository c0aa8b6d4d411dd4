package org.openbenefits.platform;

import java.util.Arrays;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.openbenefits.platform.security.SigningKeysCommand;
import org.openbenefits.platform.security.StartupRefusal;

/**
 * Starts platform-api, the system of record; {@code signing-keys ...} instead manages the access-token keys
 * ({@link SigningKeysCommand}). A missing or wrong required setting stops the start with one line saying what to set.
 */
@OpenAPIDefinition(info = @Info(
        title = "OpenBenefits platform API",
        version = "1",
        description = "The versioned JSON API of the benefits voucher platform. Errors are application/problem+json "
                + "(RFC 9457) with a stable code and its parameters, listed with their French and English wordings in "
                + "the error-code catalogue (docs/api/errors.md in the repository); title, detail and field messages "
                + "follow the request's Accept-Language (fr by default, en). "
                + "Routes other than sign-in, password reset, invitations, platform facts and the card gateway's "
                + "signed notifications need an access token "
                + "from POST /api/v1/auth/sign-in, sent as Authorization: Bearer <token>. Access tokens are ES256 "
                + "JWTs whose public keys are published at /.well-known/jwks.json (docs/api/authentication.md). "
                + "Conventions (pagination, dates, money as integer cents, absent and empty values): "
                + "docs/api/conventions.md; changes: docs/api/changelog.md.",
        contact = @Contact(name = "OpenBenefits platform team", email = "support@platform.example"),
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "http://127.0.0.1:8080",
                description = "Local development: the platform started by ./run (platform-api's default HTTP_PORT)"))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class PlatformApiApplication {

    public static void main(String[] args) {
        if (args.length > 0 && SigningKeysCommand.NAME.equals(args[0])) {
            System.exit(SigningKeysCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        new Micronaut() {
            @Override
            protected void handleStartupException(Environment environment, Throwable failure) {
                StartupRefusal refusal = refusal(failure);
                if (refusal == null) {
                    super.handleStartupException(environment, failure);
                    return;
                }
                System.err.println("platform-api cannot start: " + refusal.getMessage());
                System.exit(78); // EX_CONFIG
            }
        }.args(args).mainClass(PlatformApiApplication.class).banner(false).start();
    }

    private static StartupRefusal refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupRefusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
