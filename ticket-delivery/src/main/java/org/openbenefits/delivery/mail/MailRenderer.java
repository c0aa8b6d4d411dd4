package org.openbenefits.delivery.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * Renders an e-mail from its templates in {@code mail/}: {@code NAME.html} (whose {@code <title>} is the subject)
 * and {@code NAME.txt}, in the recipient's language, with texts from {@code NAME_fr.properties} and
 * {@code NAME_en.properties} beside them. Parameters are shown escaped ({@code th:text}); a parameter named
 * {@code link}, or ending in {@code Url}, must be an absolute http(s) address, since a relative or script link in an e-mail is broken or
 * dangerous. The templates and their parameters are listed in {@code mail/README.md}.
 */
@Singleton
public class MailRenderer {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s+");
    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final TemplateEngine engine = new TemplateEngine();

    MailRenderer() {
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * Renders the template; an unknown language falls back to French. An unknown template, a missing parameter or a
     * link that is not an http(s) address is an {@link IllegalArgumentException}: the event is dead-lettered.
     */
    public RenderedMail render(String template, String language, Map<String, String> parameters) {
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Invalid e-mail template name: " + template);
        }
        parameters.forEach((name, value) -> {
            if ((name.equals("link") || name.endsWith("Url")) && !LINK.matcher(value).matches()) {
                throw new IllegalArgumentException("The " + name + " of e-mail " + template
                        + " is not an absolute http(s) address");
            }
        });
        Locale locale = Locale.of(LANGUAGES.contains(language) ? language : "fr");
        Context context = new Context(locale);
        parameters.forEach(context::setVariable);
        String html;
        String text;
        try {
            html = engine.process(template + ".html", context);
            text = engine.process(template + ".txt", context);
        } catch (TemplateProcessingException e) {
            // The innermost message names the cause (a missing template, a parameter failing th:assert); it becomes
            // the dead-letter reason. Thymeleaf messages name expressions, never parameter values.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalArgumentException("E-mail " + template + " cannot be rendered: " + cause.getMessage(), e);
        }
        Matcher title = TITLE.matcher(html);
        if (!title.find() || title.group(1).isBlank()) {
            throw new IllegalStateException("E-mail template " + template + ".html has no <title> to use as subject");
        }
        // One line, whatever the parameters hold: a line break in a subject would start a new mail header.
        String subject = LINE_BREAKS.matcher(HtmlEscape.unescapeHtml(title.group(1))).replaceAll(" ").strip();
        return new RenderedMail(subject, html, text);
    }
}
