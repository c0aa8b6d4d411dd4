package org.openbenefits.portal.profile;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.portalcommon.forms.Form;

/**
 * The three forms of "Mon profil" (postal address, delivery e-mail, language), each posted on its own. platform-api
 * saves the whole editable profile at once, so each form's change is merged into the profile as it stands.
 *
 * @param address       line1, line2, postalCode, city, country
 * @param deliveryEmail deliveryEmail
 * @param language      language
 */
record ProfileForms(Form address, Form deliveryEmail, Form language) {

    /** The forms filled with the saved profile. */
    static ProfileForms of(ProfileView profile) {
        ProfileAddress address = profile.address();
        Form addressForm = Form.empty().with("country", ProfileAddress.DEFAULT_COUNTRY);
        if (address != null) {
            addressForm.with("line1", address.line1()).with("line2", address.line2())
                    .with("postalCode", address.postalCode()).with("city", address.city())
                    .with("country", address.country() == null ? ProfileAddress.DEFAULT_COUNTRY : address.country());
        }
        return new ProfileForms(addressForm,
                Form.empty().with("deliveryEmail", profile.deliveryEmail()),
                Form.empty().with("language", profile.language()));
    }

    ProfileForms withAddress(Form posted) {
        return new ProfileForms(posted, deliveryEmail, language);
    }

    ProfileForms withDeliveryEmail(Form posted) {
        return new ProfileForms(address, posted, language);
    }

    ProfileForms withLanguage(Form posted) {
        return new ProfileForms(address, deliveryEmail, posted);
    }

    /** The saved profile with another postal address (null removes it). */
    static ProfileUpdate changingAddress(ProfileView profile, @Nullable ProfileAddress address) {
        return new ProfileUpdate(address, chosenDeliveryEmail(profile), profile.language());
    }

    /** The saved profile with another delivery e-mail (null or blank: back to the work e-mail). */
    static ProfileUpdate changingDeliveryEmail(ProfileView profile, @Nullable String deliveryEmail) {
        return new ProfileUpdate(profile.address(), deliveryEmail, profile.language());
    }

    /** The saved profile in another language. */
    static ProfileUpdate changingLanguage(ProfileView profile, String language) {
        return new ProfileUpdate(profile.address(), chosenDeliveryEmail(profile), language);
    }

    /** The delivery e-mail the person chose, or null while it is the work e-mail by default (so it keeps following HR's changes). */
    @Nullable
    private static String chosenDeliveryEmail(ProfileView profile) {
        return profile.deliveryEmailIsDefault() ? null : profile.deliveryEmail();
    }
}
