package org.openbenefits.admin;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.openbenefits.portalcommon.testing.PortalInBrowserContract;

@MicronautTest
class EmployerAdminInBrowserTest extends PortalInBrowserContract {

    @Override
    protected String portal() {
        return "employer-admin";
    }

    @Override
    protected String frenchHeading() {
        return "Espace employeur";
    }

    @Override
    protected String englishHeading() {
        return "Employer space";
    }
}
