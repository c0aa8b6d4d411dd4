package org.openbenefits.platform.web;

import io.micronaut.http.HttpRequest;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;

/**
 * Refusals worded outside a problem answer, from the same bundles and in the request's language: the line errors of
 * an import report, the reason of a failed import job. Controllers take the language here and pass it to their read
 * models, which word what they read.
 */
public final class RefusalWording {

    private RefusalWording() {
    }

    /** The language to answer this request in: {@code en} when Accept-Language prefers English, else {@code fr}. */
    public static String languageOf(HttpRequest<?> request) {
        return Languages.of(request);
    }

    /** A field's (or a CSV cell's) refusal as a sentence of {@code language}. */
    public static String of(FieldRefusal field, String language) {
        return ProblemWording.field(field, language);
    }

    /** A refusal as the sentence its problem's {@code detail} would be. */
    public static String of(Refusal refusal, String language) {
        return ProblemWording.detail(refusal, language);
    }

    /** A refusal's parameters as a problem's {@code parameters} carry them: amounts as "12.50", dates ISO. */
    public static java.util.Map<String, Object> parameters(Refusal refusal) {
        return Problems.json(refusal.parameters());
    }
}
