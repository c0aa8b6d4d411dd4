package org.openbenefits.portal;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.openbenefits.portalcommon.testing.PortalInBrowserContract;

@MicronautTest
class EmployeePortalInBrowserTest extends PortalInBrowserContract {

    @Override
    protected String portal() {
        return "employee-portal";
    }

    @Override
    protected String frenchHeading() {
        return "Bienvenue sur votre espace avantages";
    }

    @Override
    protected String englishHeading() {
        return "Welcome to your benefits space";
    }
}
