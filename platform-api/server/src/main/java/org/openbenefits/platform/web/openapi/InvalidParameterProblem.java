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
 * In the OpenAPI document, an operation with path or query parameters: a value of the wrong type or out of its range
 * answers 400 {@code request.invalid}, the parameter named in errors. An operation that documents a 400 of its own
 * replaces this one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", description = "request.invalid: a path or query parameter of the wrong type or "
        + "out of range, named in errors",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public @interface InvalidParameterProblem {
}
