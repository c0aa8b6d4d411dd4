package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The portal's own texts: both languages complete, and safe from Micronaut's interpolation. */
class EmployerAdminMessagesTest {

    private static final String FRENCH = "i18n/employer-admin.properties";
    private static final String ENGLISH = "i18n/employer-admin_en.properties";

    @Test
    void french_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(load(ENGLISH).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load(FRENCH).stringPropertyNames());
    }

    @Test
    void no_text_uses_an_ascii_apostrophe_which_interpolation_would_swallow() throws IOException {
        for (String bundle : new String[] {FRENCH, ENGLISH}) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames())
                    .as("keys of %s whose text contains ' (write ’)", bundle)
                    .filteredOn(key -> texts.getProperty(key).contains("'"))
                    .isEmpty();
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = EmployerAdminMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
