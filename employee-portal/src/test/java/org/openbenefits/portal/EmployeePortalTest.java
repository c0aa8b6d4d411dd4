package org.openbenefits.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.PortalContract;

/** The portal contract (language, layout, errors, operations) plus what this portal's home page presents. */
@MicronautTest
@Property(name = "test.failing-page", value = "true")
class EmployeePortalTest extends PortalContract {

    @Override
    protected String frenchHeading() {
        return "Bienvenue sur votre espace avantages";
    }

    @Override
    protected String englishHeading() {
        return "Welcome to your benefits space";
    }

    @Override
    protected String frenchPortalName() {
        return "Espace salarié";
    }

    @Override
    protected String signedInRole() {
        return "EMPLOYEE";
    }

    @Override
    protected String otherPortalRole() {
        return "HR_MANAGER";
    }

    @Override
    protected String englishPortalName() {
        return "Employee space";
    }

    @Test
    void the_home_page_presents_allowances_the_catalogue_orders_and_help() {
        String home = pages().get("/").body();

        assertThat(home).contains("Vos dotations", "Leurs dates d’expiration", "Le catalogue", "Commandes et livraisons",
                "Aide et chat", "e-billets", "cartes cadeaux");
    }
}
