package org.openbenefits.portal;

import jakarta.inject.Singleton;
import org.openbenefits.portalcommon.i18n.BundleMessageSource;

/** The employee portal's own texts ({@code i18n/employee-portal*.properties}), asked before the shared ones. */
@Singleton
class EmployeePortalMessages extends BundleMessageSource {

    EmployeePortalMessages() {
        super("i18n/employee-portal", 0);
    }
}
