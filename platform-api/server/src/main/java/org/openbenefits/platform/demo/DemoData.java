package org.openbenefits.platform.demo;

import java.time.Clock;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo employer and its people at start-up when {@code DEMO_DATA=true} (the local platform sets it).
 * Idempotent: what exists already is left as it is. The password is for demonstrations only.
 */
@Singleton
@Requires(property = "platform.demo-data.enabled", value = "true")
public class DemoData {

    /** The one password of every demo account. Demo only: never enable demo data in production. */
    public static final String PASSWORD = "Demo-2026!";
    public static final String EMPLOYER = "ACME";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private record Person(String email, Role role, String firstName, String lastName) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("rh@acme.example", Role.HR_MANAGER, "Sophie", "Durand"),
            new Person("salarie@acme.example", Role.EMPLOYEE, "Camille", "Martin"),
            new Person("lea.bernard@acme.example", Role.EMPLOYEE, "Léa", "Bernard"),
            new Person("hugo.petit@acme.example", Role.EMPLOYEE, "Hugo", "Petit"),
            new Person("support@platform.example", Role.SUPPORT_AGENT, "Nadia", "Roux"),
            new Person("admin@platform.example", Role.PLATFORM_ADMIN, "Marc", "Lefèvre"));

    private final Employers employers;
    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    DemoData(Employers employers, UserAccounts accounts, PasswordHasher hasher, Clock clock) {
        this.employers = employers;
        this.accounts = accounts;
        this.hasher = hasher;
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
        for (Person person : PEOPLE) {
            if (accounts.existsByEmail(person.email())) {
                continue;
            }
            Long employerId = person.role().isPlatformStaff() ? null : acme.id();
            accounts.save(new UserAccountRow(null, employerId, person.email(), hasher.hash(PASSWORD), person.role(),
                    person.firstName(), person.lastName(), AccountStatus.ACTIVE, "fr", clock.instant()));
            created++;
        }
        LOG.info("Demo data ready: employer {} and {} accounts ({} created now)", EMPLOYER, PEOPLE.size(), created);
    }
}
