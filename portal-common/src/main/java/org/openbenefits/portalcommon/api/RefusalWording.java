package org.openbenefits.portalcommon.api;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.MessageSource;
import io.micronaut.context.MessageSource.MessageContext;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.portalcommon.format.ParameterText;
import org.openbenefits.portalcommon.i18n.Language;

/**
 * platform-api's refusals in the portal's own words: the sentence of a code is the bundle's {@code problem.<code>}
 * (portal-common's {@code i18n/common*.properties} or the portal's own bundle), its parameters written
 * {@code {name}} (or {@code {name,megabytes}}) and filled from the refusal's parameters as the page's language writes
 * them ({@link ParameterText}). A code the portal does not word, or a refusal lacking a parameter its sentence needs,
 * keeps the API's words, which the API wrote in the page's language too (the calls carry it, see
 * {@code PlatformApiCallFilter}). The text of the API's messages is never read, only shown.
 */
@Singleton
public class RefusalWording {

    /** The prefix of a code's key in the bundles: {@code problem.budget.shortfall}. */
    public static final String PREFIX = "problem.";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)(?:,([a-z]+))?}");

    private final MessageSource messages;

    RefusalWording(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The portal's sentence for {@code code} in {@code locale}'s language, its parameters filled in; empty when the
     * portal does not word the code or a parameter it names is missing.
     */
    public Optional<String> word(@Nullable String code, Map<String, Object> parameters, Locale locale) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return messages.getRawMessage(PREFIX + code, MessageContext.of(Language.of(locale).locale()))
                .flatMap(template -> fill(template, parameters, locale));
    }

    /**
     * The refusal with its detail and each field's message in the portal's words where it words their code, the
     * API's words otherwise; codes, fields and parameters stay as they are.
     */
    public ProblemDetail worded(ProblemDetail problem, Locale locale) {
        String detail = word(problem.code(), problem.parameters(), locale).orElse(problem.detail());
        return new ProblemDetail(problem.type(), problem.title(), problem.status(), detail, problem.code(),
                problem.errors().stream().map(error -> new ProblemDetail.FieldError(error.field(),
                        word(error.code(), error.parameters(), locale).orElse(error.message()), error.code(),
                        error.parameters())).toList(),
                problem.retryAfter(), problem.parameters());
    }

    /** The names of the parameters a sentence uses, styles left out: {@code {limit,megabytes}} uses {@code limit}. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    static Optional<String> fill(String template, Map<String, Object> parameters, Locale locale) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder worded = new StringBuilder();
        while (placeholder.find()) {
            Object value = parameters.get(placeholder.group(1));
            if (value == null) {
                return Optional.empty();
            }
            placeholder.appendReplacement(worded,
                    Matcher.quoteReplacement(ParameterText.of(value, locale, placeholder.group(2))));
        }
        return Optional.of(placeholder.appendTail(worded).toString());
    }
}
