package org.openbenefits.delivery.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * Renders an e-mail from its templates in {@code mail/}: {@code NAME.html} (whose {@code <title>} is the subject)
 * and {@code NAME.txt}, in the recipient's language, with texts from {@code NAME_fr.properties} and
 * {@code NAME_en.properties} beside them.
 */
@Singleton
public class MailRenderer {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
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

    /** Renders the template; an unknown language falls back to French, an unknown template is an error. */
    public RenderedMail render(String template, String language, Map<String, String> parameters) {
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Invalid e-mail template name: " + template);
        }
        Locale locale = Locale.of(LANGUAGES.contains(language) ? language : "fr");
        Context context = new Context(locale);
        parameters.forEach(context::setVariable);
        String html = engine.process(template + ".html", context);
        String text = engine.process(template + ".txt", context);
        Matcher title = TITLE.matcher(html);
        if (!title.find() || title.group(1).isBlank()) {
            throw new IllegalStateException("E-mail template " + template + ".html has no <title> to use as subject");
        }
        return new RenderedMail(HtmlEscape.unescapeHtml(title.group(1).strip()), html, text);
    }
}
