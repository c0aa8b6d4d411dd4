package org.openbenefits.portalcommon.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.IntStream;

import io.micronaut.context.MessageSource.MessageContext;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.i18n.CommonMessages;

class ErrorPageTest {

    private final CommonMessages messages = new CommonMessages();

    @Test
    void common_statuses_have_their_own_words() {
        assertThat(ErrorPage.forStatus(404).titleKey()).isEqualTo("error.404.title");
        assertThat(ErrorPage.forStatus(500).messageKey()).isEqualTo("error.500.message");
    }

    @Test
    void other_statuses_share_a_client_or_server_explanation() {
        assertThat(ErrorPage.forStatus(418).titleKey()).isEqualTo("error.client.title");
        assertThat(ErrorPage.forStatus(502).titleKey()).isEqualTo("error.server.title");
    }

    @Test
    void every_error_status_has_a_title_and_an_explanation_in_french_and_english() {
        IntStream.rangeClosed(400, 599).mapToObj(ErrorPage::forStatus).forEach(page -> {
            for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                assertThat(messages.getMessage(page.titleKey(), MessageContext.of(locale))).as("%s %s", page.titleKey(), locale).isPresent();
                assertThat(messages.getMessage(page.messageKey(), MessageContext.of(locale))).as("%s %s", page.messageKey(), locale).isPresent();
            }
        });
    }
}
