package org.openbenefits.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The employee portal's own texts: both languages complete, apostrophes that survive interpolation. */
class EmployeePortalMessagesTest {

    private static final String FRENCH = "i18n/employee-portal.properties";
    private static final String ENGLISH = "i18n/employee-portal_en.properties";

    @Test
    void french_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(load(ENGLISH).stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load(FRENCH).stringPropertyNames());
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

    @Test
    void the_greeting_names_the_person_in_each_language() {
        EmployeePortalMessages messages = new EmployeePortalMessages();

        assertThat(messages.getMessage("home.signedIn.greeting", Locale.FRENCH, "Camille")).contains("Bonjour Camille");
        assertThat(messages.getMessage("home.signedIn.greeting", Locale.ENGLISH, "Camille")).contains("Hello Camille");
        assertThat(messages.getMessage("profile.deliveryEmail.hint", Locale.FRENCH, "camille@acme.example"))
                .hasValueSatisfying(text -> assertThat(text).contains("c’est votre e-mail professionnel (camille@acme.example)"));
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = EmployeePortalMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
