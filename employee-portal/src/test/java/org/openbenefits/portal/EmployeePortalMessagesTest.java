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

    @Test
    void the_wallet_counts_days_and_shares_in_each_language() {
        EmployeePortalMessages messages = new EmployeePortalMessages();

        assertThat(messages.getMessage("wallet.expiry.inDays", Locale.FRENCH, 12)).contains("Expire dans 12 jours");
        assertThat(messages.getMessage("wallet.expiry.inDays", Locale.ENGLISH, 12)).contains("Expires in 12 days");
        assertThat(messages.getMessage("wallet.grant.shareCap", Locale.FRENCH, 50))
                .contains("jusqu’à 50\u00a0% du prix de chaque article");
        assertThat(messages.getMessage("wallet.grant.shareCap", Locale.ENGLISH, 50))
                .contains("up to 50% of the price of each item");
    }
}
