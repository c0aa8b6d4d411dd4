package org.openbenefits.domain;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.money.Money;

/**
 * The domain is plain Java: no framework, no SQL, no JSON; it never reads the clock itself, and it rounds money in
 * {@link Money} only.
 */
class ArchitectureTest {

    private static final ArchRule NEVER_READ_THE_SYSTEM_CLOCK = noClasses().should()
            .accessTargetWhere(new SystemClockReading())
            .because("time comes from an injected java.time.Clock, so that every rule can be tested at any date");

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openbenefits.domain");

    // javax.crypto is the JDK's own HMAC, which gateway notifications are signed with; no framework lives there.
    private static final ArchRule NO_FRAMEWORK = noClasses().should().dependOnClassesThat(resideInAnyPackage(
                    "io.micronaut..", "jakarta..", "javax..", "java.sql..", "com.fasterxml..", "org.springframework..")
                    .and(not(resideInAPackage("javax.crypto.."))));

    @Test
    void the_domain_depends_on_no_framework() {
        NO_FRAMEWORK.check(domain);
    }

    @Test
    void the_framework_rule_lets_javax_crypto_through_and_still_catches_any_other_javax() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedJavaxUses.class);

        List<String> violations = NO_FRAMEWORK.evaluate(planted).getFailureReport().getDetails();

        assertThat(violations).anyMatch(line -> line.contains("javax.naming.InitialContext"));
        assertThat(violations).noneMatch(line -> line.contains("javax.crypto"));
    }

    @Test
    void the_domain_never_reads_the_system_clock() {
        NEVER_READ_THE_SYSTEM_CLOCK.check(domain);
    }

    @Test
    void the_clock_rule_catches_every_way_of_reading_the_system_clock_and_lets_an_injected_clock_through() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedClockReadings.class);

        EvaluationResult result = NEVER_READ_THE_SYSTEM_CLOCK.evaluate(planted);

        List<String> violations = result.getFailureReport().getDetails();
        for (String reading : PlantedClockReadings.READINGS) {
            assertThat(violations).as("the rule reports " + reading)
                    .anyMatch(line -> line.contains("PlantedClockReadings." + reading + "()>"));
        }
        assertThat(violations).as("reading the injected clock is allowed")
                .noneMatch(line -> line.contains("PlantedClockReadings.fromTheInjectedClock()>"));
    }

    @Test
    void only_money_rounds() {
        noClasses().that().doNotHaveFullyQualifiedName(Money.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(java.math.RoundingMode.class.getName())
                .because("money is rounded in one place, Money, always down")
                .check(domain);
    }
}
