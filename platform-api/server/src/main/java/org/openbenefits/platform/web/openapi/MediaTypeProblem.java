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
 * In the OpenAPI document, a POST that reads no JSON body (an action on a resource, or a CSV upload): a body sent in
 * a media type it does not take answers 415 {@code request.media-type-unsupported}. Operations that read JSON get it
 * from {@link JsonBodyProblems}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "415", description = "request.media-type-unsupported: a body in a media type this operation "
        + "does not take",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public @interface MediaTypeProblem {
}
