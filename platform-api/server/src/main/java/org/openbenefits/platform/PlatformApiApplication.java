package org.openbenefits.platform;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts platform-api, the system of record. */
@OpenAPIDefinition(info = @Info(
        title = "OpenBenefits platform API",
        version = "1",
        description = "The versioned JSON API of the benefits voucher platform. Errors are application/problem+json."))
public class PlatformApiApplication {

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(PlatformApiApplication.class).banner(false).start();
    }
}
