package org.openbenefits.platform.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document generated at compile time says who may call each operation and which problems it can answer,
 * and the controllers' OpenAPI meta-annotations agree with their {@code @Secured}: what Redocly's lint cannot know.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Map<String, Object> PUBLIC = Map.of();
    private static final Map<String, Object> BEARER = Map.of("bearerAuth", List.of());

    @Test
    void every_operation_is_either_public_or_needs_the_bearer_token_and_then_may_answer_401() throws IOException {
        List<String> faults = new ArrayList<>();
        forEachOperation((name, operation) -> {
            Object security = operation.get("security");
            if (List.of(PUBLIC).equals(security)) {
                return;
            }
            if (!List.of(BEARER).equals(security)) {
                faults.add(name + ": security " + security);
            } else if (!responses(operation).containsKey("401")) {
                faults.add(name + ": needs a token but lists no 401");
            }
        });

        assertThat(faults).isEmpty();
    }

    @Test
    void every_operation_has_an_id_of_its_own_chosen_in_the_code() throws IOException {
        List<String> ids = new ArrayList<>();
        forEachOperation((name, operation) -> ids.add(String.valueOf(operation.get("operationId"))));

        assertThat(ids).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).as("an id micronaut-openapi did not have to make unique")
                        .matches("[a-z][A-Za-z]+"));
    }

    @Test
    void every_problem_response_is_problem_json_with_the_problem_detail_schema() throws IOException {
        List<String> faults = new ArrayList<>();
        forEachOperation((name, operation) -> responses(operation).forEach((status, response) -> {
            if (Integer.parseInt(status) >= 400
                    && !Map.of("application/problem+json", Map.of("schema",
                    Map.of("$ref", "#/components/schemas/ProblemDetail"))).equals(map(response).get("content"))) {
                faults.add(name + " " + status + ": " + map(response).get("content"));
            }
        }));

        assertThat(faults).isEmpty();
    }

    @Test
    void every_operation_reading_json_lists_the_answers_to_a_broken_too_large_or_mistyped_body() throws IOException {
        List<String> faults = new ArrayList<>();
        forEachOperation((name, operation) -> {
            Object body = operation.get("requestBody");
            if (body != null && map(map(body).get("content")).containsKey("application/json")
                    && !responses(operation).keySet().containsAll(Set.of("400", "413", "415"))) {
                faults.add(name + ": " + responses(operation).keySet());
            }
        });

        assertThat(faults).isEmpty();
    }

    @Test
    void each_controller_declares_in_the_document_the_access_its_secured_annotation_grants() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.openbenefits.platform");
        List<String> faults = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(Hidden.class)) {
                continue;
            }
            List<String> access = List.of(type.getAnnotationOfType(Secured.class).value());
            Class<?> expected = access.equals(List.of(SecurityRule.IS_ANONYMOUS)) ? PublicOperations.class
                    : access.equals(List.of(SecurityRule.IS_AUTHENTICATED)) ? SignedInOperations.class
                    : RoleOperations.class;
            if (!type.isAnnotatedWith(expected.getName())) {
                faults.add(type.getSimpleName() + " " + access + " should carry @" + expected.getSimpleName());
            }
        }

        assertThat(faults).isEmpty();
    }

    private static void forEachOperation(BiConsumer<String, Map<String, Object>> check) throws IOException {
        Map<String, Object> paths = map(document().get("paths"));
        assertThat(paths).as("the document's paths").hasSizeGreaterThan(40);
        paths.forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                check.accept(method.toUpperCase() + " " + path, map(operation));
            }
        }));
    }

    private static Map<String, Object> responses(Map<String, Object> operation) {
        return map(operation.get("responses"));
    }

    /** Read with SnakeYAML, which is on the classpath at run time only (Micronaut reads application.yml with it). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/swagger/platform-api.yml")) {
            assertThat(in).as("the generated document on the classpath").isNotNull();
            Object yaml = Class.forName("org.yaml.snakeyaml.Yaml").getConstructor().newInstance();
            return (Map<String, Object>) yaml.getClass().getMethod("load", InputStream.class).invoke(yaml, in);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SnakeYAML is missing from the test classpath", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }
}
