package org.openbenefits.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Form;

/**
 * How pages take platform-api's refusals: on the form that caused them (each error about one of the form's own
 * fields beside that field, everything else above the form), as the 404 page for an account that is gone, or, when
 * the API no longer accepts the session, by asking the person to sign in again (portal-common's
 * {@code ApiFailurePages}). The refusal's texts are the portal's, worded from its codes by {@link ApiProblems}; only
 * codes decide anything here.
 */
public final class ApiRefusals {

    private ApiRefusals() {
    }

    /**
     * Shows the refusal on the form.
     *
     * @param fields the form's fields, by the name platform-api gives them (API name to form field name)
     */
    public static Form show(Form form, ProblemDetail problem, Map<String, String> fields) {
        List<String> elsewhere = new ArrayList<>();
        boolean placed = false;
        for (ProblemDetail.FieldError error : problem.errors()) {
            // a nested field is named by its path (address.line1): the form knows it by its last name
            String field = error.field() == null ? null
                    : fields.getOrDefault(error.field(), fields.get(Form.lastName(error.field())));
            if (field != null) {
                form.reject(field, error.message());
                placed = true;
            } else {
                elsewhere.add(error.message());
            }
        }
        if (!elsewhere.isEmpty()) {
            form.fail(String.join(" ", elsewhere));
        } else if (!placed) {
            form.fail(problem.detail() != null ? problem.detail() : problem.title());
        }
        return form;
    }

    /**
     * The answer of a call, or the 404 page: a declarative client answers null (not an exception) when platform-api
     * says 404, which for the person's own account means it was deleted meanwhile (in another tab, for instance).
     */
    public static <T> T found(@Nullable T answer) {
        if (answer == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "platform-api no longer knows this account");
        }
        return answer;
    }

    /**
     * Whether the API refused the session itself rather than the form (no valid token any more): such a refusal is
     * left to portal-common's {@code ApiFailurePages}, which asks the person to sign in again. A wrong current password
     * typed in the form is a 401 too, but about the form ({@code password.current-incorrect}).
     */
    public static boolean refusesTheSession(HttpClientResponseException refusal, ProblemDetail problem) {
        return refusal.getStatus().getCode() == 401 && !ApiProblems.is(problem, IdentityRefusal.CURRENT_PASSWORD_INCORRECT);
    }
}
