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
 * In the OpenAPI document, the {@code size} query parameter of a paged list: optional, 50 by default, 1 to 200. Goes
 * with {@code @QueryValue(defaultValue = ...)}, which is what applies the default. The schema has no minimum nor
 * maximum: the server brings a number outside 1 to 200 within (docs/api/conventions.md, "Pagination"), so any int32
 * is a valid request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Parameter(in = ParameterIn.QUERY, required = false, description = "Entries per page, from 1 to 200 (a number outside is brought within)",
        schema = @Schema(type = "integer", format = "int32", defaultValue = "50"))
public @interface PageSize {
}
