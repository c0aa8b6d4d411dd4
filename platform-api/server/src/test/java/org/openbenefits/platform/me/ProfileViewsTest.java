package org.openbenefits.platform.me;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openbenefits.contract.api.me.PendingEmailChange;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.employee.EmployeeProfileRow;

class ProfileViewsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final UserAccountRow CAMILLE = new UserAccountRow(42L, 7L, "camille@example.org", "$argon2id$...",
            Role.EMPLOYEE, "Camille", "Martin", AccountStatus.ACTIVE, "en", NOW);

    private static EmployeeProfileRow profile(String deliveryEmail, String line1, String country) {
        return new EmployeeProfileRow(42L, 7L, "M-001", "camille.martin@acme.example", deliveryEmail, "Paie", "Lyon",
                line1, line1 == null ? null : "Bât. B", line1 == null ? null : "69003", line1 == null ? null : "Lyon",
                country, NOW);
    }

    @Test
    void an_employee_without_a_chosen_delivery_e_mail_gets_e_tickets_at_the_work_e_mail() {
        ProfileView view = ProfileViews.of(CAMILLE, profile(null, "12 rue des Lilas", "FR"), "ACME", null);

        assertThat(view.email()).isEqualTo("camille@example.org");
        assertThat(view.workEmail()).isEqualTo("camille.martin@acme.example");
        assertThat(view.deliveryEmail()).isEqualTo("camille.martin@acme.example");
        assertThat(view.deliveryEmailIsDefault()).isTrue();
        assertThat(view.employeeNumber()).isEqualTo("M-001");
        assertThat(view.employerName()).isEqualTo("ACME");
        assertThat(view.language()).isEqualTo("en");
        assertThat(view.address()).isEqualTo(new ProfileAddress("12 rue des Lilas", "Bât. B", "69003", "Lyon", "FR"));
    }

    @Test
    void a_chosen_delivery_e_mail_wins_and_an_address_stored_without_country_reads_as_france() {
        ProfileView view = ProfileViews.of(CAMILLE, profile("perso@example.org", "12 rue des Lilas", null), "ACME", null);

        assertThat(view.deliveryEmail()).isEqualTo("perso@example.org");
        assertThat(view.deliveryEmailIsDefault()).isFalse();
        assertThat(view.address().country()).isEqualTo("FR");
    }

    @Test
    void an_account_without_employee_profile_shows_no_employee_field() {
        ProfileView view = ProfileViews.of(CAMILLE, null, null, null);

        assertThat(view.workEmail()).isNull();
        assertThat(view.employeeNumber()).isNull();
        assertThat(view.address()).isNull();
        assertThat(view.deliveryEmail()).isNull();
        assertThat(view.deliveryEmailIsDefault()).isFalse();
        assertThat(view.firstName()).isEqualTo("Camille");
    }

    @Test
    void a_change_of_sign_in_address_waiting_for_confirmation_is_shown_beside_the_address_still_in_use() {
        PendingAddressChange pending = new PendingAddressChange("camille@maison.example", NOW.plusSeconds(86_400));

        ProfileView view = ProfileViews.of(CAMILLE, null, null, pending);

        assertThat(view.email()).isEqualTo("camille@example.org");
        assertThat(view.pendingEmailChange())
                .isEqualTo(new PendingEmailChange("camille@maison.example", NOW.plusSeconds(86_400)));
        assertThat(pending.toString()).doesNotContain("camille@maison.example");
    }

    @Test
    void a_profile_without_address_has_none() {
        assertThat(ProfileViews.of(CAMILLE, profile(null, null, null), "ACME", null).address()).isNull();
    }

    @Test
    void an_address_is_stored_trimmed_with_an_empty_second_line_absent_and_france_by_default() {
        assertThat(ProfileViews.typed(new ProfileAddress(" 12 rue des Lilas ", "  ", " 69003", " Lyon ", null)))
                .isEqualTo(new PostalAddress("12 rue des Lilas", null, "69003", "Lyon", "FR"));
        assertThat(ProfileViews.typed(null)).isNull();
    }

    @Test
    void the_export_shows_the_effective_delivery_e_mail_and_never_more_than_the_profile() {
        var exported = ProfileViews.exported(profile("perso@example.org", null, null));

        assertThat(exported.deliveryEmail()).isEqualTo("perso@example.org");
        assertThat(exported.deliveryEmailIsDefault()).isFalse();
        assertThat(exported.address()).isNull();
        assertThat(exported.updatedAt()).isEqualTo(NOW);
    }
}
