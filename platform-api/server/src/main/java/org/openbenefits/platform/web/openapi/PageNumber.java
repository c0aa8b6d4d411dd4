package org.openbenefits.platform.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * In the OpenAPI document, the {@code page} query parameter of a paged list: optional, 0 by default. Goes with
 * {@code @QueryValue(defaultValue = ...)}, which is what applies the default. The schema has no minimum: the server
 * reads a negative page as 0 (docs/api/conventions.md, "Pagination"), so any int32 is a valid request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(in = ParameterIn.QUERY, required = false, description = "Page to read, counting from 0; a negative number reads as 0",
        schema = @Schema(type = "integer", format = "int32", defaultValue = "0"))
public @interface PageNumber {
}
