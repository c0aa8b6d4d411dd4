package org.openbenefits.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.contract.api.me.ProfileView;

/** platform-api saves the whole editable profile at once: each form changes its part and keeps the others. */
class ProfileFormsTest {

    private static final ProfileAddress LYON = new ProfileAddress("12 rue des Lilas", null, "69003", "Lyon", "FR");

    @Test
    void changing_the_address_keeps_a_chosen_delivery_email_and_the_language() {
        ProfileUpdate update = ProfileForms.changingAddress(profile("camille@maison.example", false, "en"), null);

        assertThat(update).isEqualTo(new ProfileUpdate(null, "camille@maison.example", "en"));
    }

    @Test
    void a_delivery_email_that_is_the_work_email_by_default_stays_a_default() {
        ProfileUpdate update = ProfileForms.changingLanguage(profile("camille.martin@acme.example", true, "fr"), "en");

        assertThat(update).isEqualTo(new ProfileUpdate(LYON, null, "en"));
    }

    @Test
    void changing_the_delivery_email_keeps_the_address_and_the_language() {
        ProfileUpdate update = ProfileForms.changingDeliveryEmail(profile("camille.martin@acme.example", true, "fr"),
                "camille@maison.example");

        assertThat(update).isEqualTo(new ProfileUpdate(LYON, "camille@maison.example", "fr"));
    }

    @Test
    void the_forms_start_from_the_saved_profile_and_france_when_there_is_no_address() {
        ProfileView withoutAddress = new ProfileView("Camille", "Martin", "camille.martin@acme.example",
                "camille.martin@acme.example", "E-1042", null, null, "Acme", null, "camille.martin@acme.example", true, "fr");

        ProfileForms forms = ProfileForms.of(withoutAddress);

        assertThat(forms.address().value("country")).isEqualTo("FR");
        assertThat(forms.address().value("line1")).isEmpty();
        assertThat(forms.deliveryEmail().value("deliveryEmail")).isEqualTo("camille.martin@acme.example");
        assertThat(forms.language().value("language")).isEqualTo("fr");
    }

    private static ProfileView profile(String deliveryEmail, boolean byDefault, String language) {
        return new ProfileView("Camille", "Martin", "camille.martin@acme.example", "camille.martin@acme.example",
                "E-1042", "Comptabilité", "Lyon", "Acme", LYON, deliveryEmail, byDefault, language);
    }
}
