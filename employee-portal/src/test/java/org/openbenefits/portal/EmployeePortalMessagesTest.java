package org.openbenefits.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.PortalMessagesContract;

/** The employee portal's own texts, and the shared ones it shows: both languages complete, arguments filled in. */
class EmployeePortalMessagesTest extends PortalMessagesContract {

    @Override
    protected String bundle() {
        return "i18n/employee-portal";
    }

    @Test
    void the_greeting_names_the_person_in_each_language() {
        EmployeePortalMessages messages = new EmployeePortalMessages();

        assertThat(messages.getMessage("home.signedIn.greeting", Locale.FRENCH, "Camille")).contains("Bonjour Camille");
        assertThat(messages.getMessage("home.signedIn.greeting", Locale.ENGLISH, "Camille")).contains("Hello Camille");
        assertThat(messages.getMessage("profile.deliveryEmail.hint", Locale.FRENCH, "camille@acme.example"))
                .hasValueSatisfying(text -> assertThat(text).contains("c’est votre e-mail professionnel (camille@acme.example)"));
    }
}
