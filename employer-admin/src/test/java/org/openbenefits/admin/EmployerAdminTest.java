package org.openbenefits.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portalcommon.testing.PortalContract;

/** The portal contract (language, layout, errors, operations) plus what this portal's home page presents. */
@MicronautTest
@Property(name = "test.failing-page", value = "true")
class EmployerAdminTest extends PortalContract {

    @Override
    protected String frenchHeading() {
        return "Espace employeur";
    }

    @Override
    protected String englishHeading() {
        return "Employer space";
    }

    @Override
    protected String frenchPortalName() {
        return "Administration";
    }

    @Override
    protected String signedInRole() {
        return "HR_MANAGER";
    }

    @Override
    protected String otherPortalRole() {
        return "EMPLOYEE";
    }

    @Override
    protected String englishPortalName() {
        return "Administration";
    }

    @Test
    void the_home_page_presents_the_hr_areas_and_the_support_areas() {
        String home = pages().get("/").body();

        assertThat(home).contains("Ressources humaines", "Salariés", "Budget employeur", "Campagnes de dotations",
                "Plafonds URSSAF", "Suivi de la consommation", "Gestionnaires");
        assertThat(home).contains("Support de la plateforme", "Recherche", "Commandes et remboursements", "Chat en direct",
                "Journal d’audit");
    }
}
