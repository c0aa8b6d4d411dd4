package org.openbenefits.platform.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/**
 * In the OpenAPI document, the operations of a controller (or one operation) that need no access token: they get an
 * empty security requirement ({@code security: [{}]}), so the document says they are public rather than forgetting
 * to say anything. Goes with {@code @Secured(SecurityRule.IS_ANONYMOUS)}, which is what actually lets callers in.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@SecurityRequirement(name = "")
public @interface PublicOperations {
}
