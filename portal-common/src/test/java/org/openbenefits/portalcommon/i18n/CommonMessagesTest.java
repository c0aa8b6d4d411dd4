package org.openbenefits.portalcommon.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import io.micronaut.context.MessageSource.MessageContext;
import org.junit.jupiter.api.Test;

class CommonMessagesTest {

    private final CommonMessages messages = new CommonMessages();

    @Test
    void speaks_french_by_default_and_english_when_asked() {
        assertThat(messages.getMessage("error.404.title", MessageContext.of(Locale.FRENCH))).contains("Page introuvable");
        assertThat(messages.getMessage("error.404.title", MessageContext.of(Locale.ENGLISH))).contains("Page not found");
        assertThat(messages.getMessage("error.404.title", MessageContext.of(Locale.GERMAN))).contains("Page introuvable");
    }

    @Test
    void stays_french_on_a_server_whose_default_locale_is_english() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            CommonMessages onEnglishServer = new CommonMessages();
            assertThat(onEnglishServer.getMessage("nav.home", MessageContext.of(Locale.FRENCH))).contains("Accueil");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void keeps_accents_and_apostrophes_and_fills_in_arguments() {
        assertThat(messages.getMessage("error.backHome", MessageContext.of(Locale.FRENCH))).contains("Retour à l’accueil");
        assertThat(messages.getMessage("error.code", Locale.FRENCH, 404)).contains("Erreur 404");
    }

    @Test
    void french_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(load("i18n/common_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/common.properties").stringPropertyNames());
    }

    @Test
    void no_text_uses_an_ascii_apostrophe_which_interpolation_would_swallow() throws IOException {
        for (String bundle : new String[] {"i18n/common.properties", "i18n/common_en.properties"}) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames())
                    .as("keys of %s whose text contains ' (write ’)", bundle)
                    .filteredOn(key -> texts.getProperty(key).contains("'"))
                    .isEmpty();
        }
    }

    static Properties load(String resource) throws IOException {
        try (InputStream in = CommonMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
