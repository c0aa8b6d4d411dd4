package org.openbenefits.portalcommon.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import io.micronaut.context.AbstractMessageSource;

/**
 * Messages from one family of {@code .properties} bundles, the base bundle being French and
 * {@code _en} English, so that {@code #{key}} in templates and {@link io.micronaut.context.MessageSource}
 * in code speak the request's language.
 *
 * <p>Unlike Micronaut's {@code ResourceBundleMessageSource}, it never falls back to the JVM's default
 * locale: on a server whose default locale is English, a French request would otherwise find
 * {@code _en} before the French base bundle. Files are read as UTF-8. Values go through Micronaut's
 * interpolation, where an ASCII apostrophe starts a quoted section and disappears: write ’ (or '').
 */
public abstract class BundleMessageSource extends AbstractMessageSource {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final int order;
    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

    /**
     * @param baseName the bundle's classpath name without locale suffix, e.g. {@code i18n/common}
     * @param order    the lower, the earlier it is asked: a portal's own bundle comes before the common one
     */
    protected BundleMessageSource(String baseName, int order) {
        this.baseName = baseName;
        this.order = order;
        bundle(Language.DEFAULT.locale()); // fail at start-up, not on the first page, if the bundle is missing
    }

    @Override
    public Optional<String> getRawMessage(String code, MessageContext context) {
        ResourceBundle bundle = bundle(context.getLocale(Language.DEFAULT.locale()));
        return bundle.containsKey(code) ? Optional.of(bundle.getString(code)) : Optional.empty();
    }

    @Override
    public int getOrder() {
        return order;
    }

    private ResourceBundle bundle(Locale locale) {
        return bundles.computeIfAbsent(locale, l -> {
            try {
                return ResourceBundle.getBundle(baseName, l, getClass().getClassLoader(), NO_FALLBACK);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("Message bundle " + baseName + ".properties is not on the classpath", e);
            }
        });
    }
}
