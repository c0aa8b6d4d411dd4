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
 * In the OpenAPI document, an operation that reads a JSON body: it may answer 400 when the body is not a JSON object
 * of the expected shape or breaks a field rule, 413 when it is too large and 415 when it is not sent as
 * application/json (docs/api/input-rules.md). An operation that documents a 400 of its own replaces this one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", description = "request.invalid with each field at fault in errors, or a body "
        + "that is not one JSON object in UTF-8 (request.malformed-json, request.json-syntax, request.body-empty...)",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "413", description = "request.body-too-large",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "415", description = "request.media-type-unsupported: send application/json",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public @interface JsonBodyProblems {
}
