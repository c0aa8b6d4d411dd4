package org.openbenefits.portalcommon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * What every message bundle of the portals promises: French and English complete, and no ASCII apostrophe, which
 * Micronaut's interpolation would swallow (write ’). A portal runs these on its own bundle and on portal-common's
 * {@code i18n/common} by extending this class and naming its bundle.
 */
public abstract class PortalMessagesContract {

    private static final String COMMON = "i18n/common";

    /** The portal's bundle as a classpath name without locale suffix, e.g. {@code i18n/employee-portal}. */
    protected abstract String bundle();

    @Test
    void french_and_english_bundles_have_the_same_keys() throws IOException {
        for (String bundle : bundles()) {
            assertThat(load(english(bundle)).stringPropertyNames())
                    .as("keys of %s against %s", english(bundle), french(bundle))
                    .containsExactlyInAnyOrderElementsOf(load(french(bundle)).stringPropertyNames());
        }
    }

    @Test
    void no_text_uses_an_ascii_apostrophe_which_interpolation_would_swallow() throws IOException {
        for (String bundle : bundles()) {
            for (String file : List.of(french(bundle), english(bundle))) {
                Properties texts = load(file);
                assertThat(texts.stringPropertyNames())
                        .as("keys of %s whose text contains ' (write ’)", file)
                        .filteredOn(key -> texts.getProperty(key).contains("'"))
                        .isEmpty();
            }
        }
    }

    private List<String> bundles() {
        return COMMON.equals(bundle()) ? List.of(COMMON) : List.of(bundle(), COMMON);
    }

    private static String french(String bundle) {
        return bundle + ".properties";
    }

    private static String english(String bundle) {
        return bundle + "_en.properties";
    }

    private Properties load(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
