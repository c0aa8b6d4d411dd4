package org.openbenefits.contract.api.auth;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every password rule and whether the candidate meets it, in the order a form lists them.
 *
 * @param acceptable whether every rule is met
 * @param rules      each rule with its code, French sentence and state
 */
@Serdeable
public record PasswordCheckResult(boolean acceptable, List<Rule> rules) {

    /**
     * One rule.
     *
     * @param code    stable name, e.g. {@code AT_LEAST_12_CHARACTERS}
     * @param message the rule as a French sentence
     * @param met     whether the candidate meets it
     */
    @Serdeable
    public record Rule(@Schema(requiredMode = REQUIRED, example = "AT_LEAST_12_CHARACTERS") String code,
                       @Schema(requiredMode = REQUIRED, example = "Au moins 12 caractères.") String message,
                       boolean met) {
    }
}
