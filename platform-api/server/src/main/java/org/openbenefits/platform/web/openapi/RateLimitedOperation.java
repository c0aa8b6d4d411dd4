package org.openbenefits.platform.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.openbenefits.contract.api.ProblemDetail;

/**
 * In the OpenAPI document, an operation limited per client address ({@code AddressRateLimit}): beyond the limit it
 * answers 429 {@code request.too-many} with Retry-After. An operation that documents a 429 of its own replaces this one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "429", description = "request.too-many from this client address, with Retry-After",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public @interface RateLimitedOperation {
}
