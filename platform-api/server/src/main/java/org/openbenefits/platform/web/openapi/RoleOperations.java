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
 * In the OpenAPI document, the operations of a controller kept to some roles ({@code @Secured("HR_MANAGER")}...): they
 * may answer 401 {@code auth.required} without a valid token and 403 {@code access.forbidden} to the other roles.
 * An operation that documents a 403 of its own replaces this one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@SignedInOperations
@ApiResponse(responseCode = "403", description = "access.forbidden: the signed-in account's role may not do this",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
public @interface RoleOperations {
}
