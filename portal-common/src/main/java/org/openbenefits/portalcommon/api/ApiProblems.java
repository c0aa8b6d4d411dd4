package org.openbenefits.portalcommon.api;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.portalcommon.i18n.Language;

/**
 * Reads the {@code application/problem+json} body of a refusal from platform-api, worded by the portal
 * ({@link RefusalWording}) in the language of the page being answered. Pages decide what to do from the code, through
 * the catalogue's enums ({@link #is}), never from a message's text.
 */
@Singleton
public class ApiProblems {

    private final JsonMapper json;
    private final RefusalWording wording;
    private final HttpLocaleResolver locales;

    ApiProblems(JsonMapper json, RefusalWording wording, HttpLocaleResolver locales) {
        this.json = json;
        this.wording = wording;
        this.locales = locales;
    }

    /**
     * The refusal's problem, its detail and field messages in the page's words; when the body is not a problem
     * document, {@code resource.not-found} for a 404 and {@code internal.error} otherwise, worded the same way.
     */
    public ProblemDetail of(HttpClientResponseException refusal) {
        int status = refusal.getStatus().getCode();
        ProblemDetail problem = read(refusal).orElseGet(() -> new ProblemDetail("about:blank",
                refusal.getStatus().getReason(), status, null,
                (status == 404 ? GeneralRefusal.NOT_FOUND : GeneralRefusal.INTERNAL_ERROR).code(), null));
        return wording.worded(problem, pageLocale());
    }

    /** Whether the problem carries one of these codes. */
    public static boolean is(ProblemDetail problem, RefusalCode... codes) {
        return Arrays.stream(codes).anyMatch(code -> code.code().equals(problem.code()));
    }

    /**
     * The problem's code in the catalogue, for a {@code switch} over the areas' enums; null for a code this portal's
     * catalogue does not have (a newer platform-api), which a page treats as any other refusal.
     */
    public static @Nullable RefusalCode code(ProblemDetail problem) {
        return RefusalCatalogue.find(problem.code()).orElse(null);
    }

    /** A whole-number parameter of the problem, e.g. the {@code limit} of {@code import.csv-too-many-lines}. */
    public static Optional<Long> number(ProblemDetail problem, String name) {
        return problem.parameters().get(name) instanceof Number number ? Optional.of(number.longValue())
                : Optional.empty();
    }

    /** The language of the page being answered (its cookie), French when the call is made outside a request. */
    private Locale pageLocale() {
        return ServerRequestContext.currentRequest().map(locales::resolveOrDefault).orElse(Language.DEFAULT.locale());
    }

    private Optional<ProblemDetail> read(HttpClientResponseException refusal) {
        try {
            Optional<String> body = refusal.getResponse().getBody(String.class);
            if (body.isEmpty() || body.get().isBlank()) {
                return Optional.empty();
            }
            ProblemDetail problem = json.readValue(body.get(), ProblemDetail.class);
            return problem.code() == null ? Optional.empty() : Optional.of(problem);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
