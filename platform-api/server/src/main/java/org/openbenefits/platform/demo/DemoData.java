package org.openbenefits.platform.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.EmployerRow;
import org.openbenefits.platform.account.Employers;
import org.openbenefits.platform.account.PasswordHasher;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.employee.EmployeeProfileRow;
import org.openbenefits.platform.employee.EmployeeProfiles;
import org.openbenefits.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo employer and its people at start-up when {@code DEMO_DATA=true} (the local platform sets it), with
 * an employee profile for each employee, so that "Mon profil" has something to show, a funded budget and three
 * campaigns for the demo employees ({@link DemoAllowances}), and fifteen offers with their pictures in the catalogue
 * ({@link DemoCatalogue}). Idempotent: what exists already is left as it is. The
 * password is for demonstrations only.
 */
@Singleton
@Requires(property = "platform.demo-data.enabled", value = "true")
public class DemoData {

    /** The one password of every demo account. Demo only: never enable demo data in production. */
    public static final String PASSWORD = "Demo-2026!";
    public static final String EMPLOYER = "ACME";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** {@code employeeNumber}, {@code department} and {@code site} only for employees. */
    private record Person(String email, Role role, String firstName, String lastName, String employeeNumber,
                          String department, String site) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("rh@acme.example", Role.HR_MANAGER, "Sophie", "Durand", null, null, null),
            new Person("salarie@acme.example", Role.EMPLOYEE, "Camille", "Martin", "ACME-0001", "Comptabilité", "Lyon"),
            new Person("lea.bernard@acme.example", Role.EMPLOYEE, "Léa", "Bernard", "ACME-0002", "Marketing", "Paris"),
            new Person("hugo.petit@acme.example", Role.EMPLOYEE, "Hugo", "Petit", "ACME-0003", "Logistique", "Lyon"),
            new Person("support@platform.example", Role.SUPPORT_AGENT, "Nadia", "Roux", null, null, null),
            new Person("admin@platform.example", Role.PLATFORM_ADMIN, "Marc", "Lefèvre", null, null, null));

    private final Employers employers;
    private final UserAccounts accounts;
    private final EmployeeProfiles profiles;
    private final PasswordHasher hasher;
    private final DemoAllowances allowances;
    private final DemoCatalogue catalogue;
    private final Clock clock;

    DemoData(Employers employers, UserAccounts accounts, EmployeeProfiles profiles, PasswordHasher hasher,
             DemoAllowances allowances, DemoCatalogue catalogue, Clock clock) {
        this.employers = employers;
        this.accounts = accounts;
        this.profiles = profiles;
        this.hasher = hasher;
        this.allowances = allowances;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        load();
    }

    @Transactional
    public void load() {
        EmployerRow acme = employers.findByName(EMPLOYER)
                .orElseGet(() -> employers.save(new EmployerRow(null, EMPLOYER, clock.instant())));
        int created = 0;
        CurrentUser hr = null;
        Long adminId = null;
        List<Long> employeeIds = new ArrayList<>();
        for (Person person : PEOPLE) {
            UserAccountRow account = accounts.findByEmail(person.email()).orElse(null);
            if (account == null) {
                Long employerId = person.role().isPlatformStaff() ? null : acme.id();
                account = accounts.save(new UserAccountRow(null, employerId, person.email(), hasher.hash(PASSWORD),
                        person.role(), person.firstName(), person.lastName(), AccountStatus.ACTIVE, "fr",
                        clock.instant()));
                created++;
            }
            if (person.role() == Role.EMPLOYEE && !profiles.existsById(account.id())) {
                profiles.save(new EmployeeProfileRow(account.id(), acme.id(), person.employeeNumber(),
                        person.email(), null, person.department(), person.site(), null, null, null, null, null,
                        clock.instant()));
            }
            switch (person.role()) {
                case HR_MANAGER -> hr = new CurrentUser(account.id(), Role.HR_MANAGER, acme.id());
                case PLATFORM_ADMIN -> adminId = account.id();
                case EMPLOYEE -> employeeIds.add(account.id());
                case SUPPORT_AGENT -> {
                }
            }
        }
        allowances.load(hr, adminId, employeeIds);
        catalogue.load(adminId);
        LOG.info("Demo data ready: employer {} and {} accounts ({} created now)", EMPLOYER, PEOPLE.size(), created);
    }
}
