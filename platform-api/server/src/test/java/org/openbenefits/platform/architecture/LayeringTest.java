package org.openbenefits.platform.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.http.annotation.Controller;

/**
 * platform-api's layers: the use cases (every class of a feature package but its controllers and read models) know
 * nothing of HTTP nor of the API's records, so that a job, a Kafka consumer or a second API can call them; the
 * controllers translate at the edge and never reach the database themselves. The HTTP edge proper (packages
 * {@code web} and {@code security}) and the read side ({@code *Reader}, {@code *Views}, see ADR 0010) may use both.
 */
@AnalyzeClasses(packages = "org.openbenefits.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String EDGE_PACKAGES = "org.openbenefits.platform.(web|security)(\\..*)?";

    private static boolean isEdgeOrReadSide(JavaClass type) {
        String name = type.getName();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (simple.startsWith("$")) {
            return true; // Micronaut's generated bean definitions: they describe the class, they are not it
        }
        simple = simple.replaceAll("\\$.*", "");
        return type.getPackageName().matches(EDGE_PACKAGES)
                || type.getPackageName().equals("org.openbenefits.platform")
                || simple.endsWith("Controller") || simple.endsWith("Reader") || simple.endsWith("Views")
                || type.isAnnotatedWith(Controller.class);
    }

    @ArchTest
    static final ArchRule use_cases_know_nothing_of_http_nor_of_the_api_records = noClasses()
            .that(describe("are use cases (not the HTTP edge, a controller or a read model)",
                    type -> !isEdgeOrReadSide(type)))
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "org.openbenefits.contract.api..")
            .because("use cases take and return application types; controllers translate at the edge");

    @ArchTest
    static final ArchRule controllers_do_not_reach_the_database = noClasses()
            .that().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat(describe("are persistence (repositories, Jdbc, transactions, connections)",
                    type -> type.isAnnotatedWith(JdbcRepository.class)
                            || type.getName().equals("org.openbenefits.platform.infrastructure.Jdbc")
                            || type.getName().startsWith("io.micronaut.transaction.")
                            || type.getName().equals("javax.sql.DataSource")
                            || type.getName().equals("java.sql.Connection")))
            .because("controllers go through a use case or a read model");
}
