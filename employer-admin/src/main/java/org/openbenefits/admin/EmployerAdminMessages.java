package org.openbenefits.admin;

import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.i18n.BundleMessageSource;

/** The employer portal's own texts ({@code i18n/employer-admin*.properties}), asked before the shared ones. */
@Singleton
class EmployerAdminMessages extends BundleMessageSource {

    EmployerAdminMessages() {
        super("i18n/employer-admin", 0);
    }
}
