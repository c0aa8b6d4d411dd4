package org.openbenefits.admin;

import org.openbenefits.portalcommon.testing.PortalMessagesContract;

/** The portal's own texts, and the shared ones it shows: both languages complete, safe from interpolation. */
class EmployerAdminMessagesTest extends PortalMessagesContract {

    @Override
    protected String bundle() {
        return "i18n/employer-admin";
    }
}
