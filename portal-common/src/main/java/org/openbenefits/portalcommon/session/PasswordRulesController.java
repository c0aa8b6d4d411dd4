package org.openbenefits.portalcommon.session;

import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;

/**
 * The live list of password rules under a "choose a password" field: htmx posts what is typed (it is neither
 * stored nor logged) and swaps in the list with each rule ticked or not.
 */
@Controller(SessionPaths.PASSWORD_CHECK)
@ExecuteOn(TaskExecutors.BLOCKING)
class PasswordRulesController {

    private final PasswordRules rules;

    PasswordRulesController(PasswordRules rules) {
        this.rules = rules;
    }

    @Serdeable
    record Candidate(@Nullable String password, @Nullable String email) {

        @Override
        public String toString() {
            return "Candidate[***]";
        }
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @View("session/password-rules")
    Map<String, Object> check(@Body Candidate candidate) {
        return Map.of("rules", rules.check(candidate.password(), candidate.email()), "checked", true);
    }
}
