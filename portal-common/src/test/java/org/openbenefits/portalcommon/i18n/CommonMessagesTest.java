package org.openbenefits.portalcommon.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import io.micronaut.context.MessageSource.MessageContext;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.PortalMessagesContract;

/** The shared texts: French first whatever the server's locale, English on request, arguments filled in. */
class CommonMessagesTest extends PortalMessagesContract {

    private final CommonMessages messages = new CommonMessages();

    @Override
    protected String bundle() {
        return "i18n/common";
    }

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
}
