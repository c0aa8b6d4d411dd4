package org.openbenefits.platform.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.openbenefits.contract.api.ProblemDetail;

/**
 * In the OpenAPI document, the operations of a controller that need an access token (any role): they require the
 * bearer scheme and may answer 401 {@code auth.required}. Goes with {@code @Secured}, which is what actually keeps
 * callers out (micronaut-openapi 6.19 derived no requirement from {@code @Secured} with this
 * application's own bearer validator, tried with {@code micronaut.openapi.security.*}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "401", description = "auth.required: no access token, or an expired, revoked or invalid one "
        + "(see docs/api/authentication.md)",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public @interface SignedInOperations {
}
