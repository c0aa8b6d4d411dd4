package org.openbenefits.platform;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts platform-api, the system of record. */
@OpenAPIDefinition(info = @Info(
        title = "OpenBenefits platform API",
        version = "1",
        description = "The versioned JSON API of the benefits voucher platform. Errors are application/problem+json. "
                + "Routes other than sign-in, password reset, invitations and platform facts need an access token "
                + "from POST /api/v1/auth/sign-in, sent as Authorization: Bearer <token>."))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class PlatformApiApplication {

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(PlatformApiApplication.class).banner(false).start();
    }
}
