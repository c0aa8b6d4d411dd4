package org.openbenefits.platform.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.token.AccessTokenFormat;
import org.openbenefits.platform.web.openapi.PublicOperations;

/** Publishes the public keys that verify access tokens, so that the portals (and anyone) can check a token. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@PublicOperations
@Tag(name = "Authentication")
class JwksController {

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @Get(value = AccessTokenFormat.JWKS_PATH, produces = AccessTokenFormat.JWKS_MEDIA_TYPE)
    @Operation(operationId = "getJwks", summary = "The public keys of access tokens",
            description = "A JWK set (RFC 7517) of EC P-256 keys. Access tokens are ES256 JWTs of type at+jwt whose "
                    + "header names one of these keys by its kid. During a key rotation two keys are published.")
    @ApiResponse(responseCode = "200", description = "The JWK set",
            content = @Content(mediaType = AccessTokenFormat.JWKS_MEDIA_TYPE, schema = @Schema(type = "object")))
    HttpResponse<String> jwks() {
        return HttpResponse.ok(keys.publishedJson()).header(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
    }
}
