package org.openbenefits.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.ApiDocument;
import org.openbenefits.platform.apicontract.ApiDocument.OperationKey;
import org.openbenefits.platform.apicontract.ApiDocument.ResponseKey;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The refusals every protected operation documents, walked from the OpenAPI document itself so that an operation added
 * later is covered without changing this test: each operation that lists 401 answers it to a request without a token,
 * each that lists 403 answers it to a role its {@code @Secured} leaves out, each that lists 413 answers it to a body
 * over the server's limit. Each refusal is the documented problem+json with its catalogue code, and every exchange is
 * checked against the document by the contract checks.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedRefusalsTest implements TestPropertyProvider {

    /** One byte over platform-api's micronaut.server.max-request-size (11MB in application.yml). */
    private static final int OVER_THE_LIMIT = 11 * 1024 * 1024 + 1;

    @Inject
    Router router;
    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;

    private final ApiDocument document = ApiDocument.read(ApiDocument.PLATFORM_API);
    private final Map<Role, String> tokens = new HashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_refusals"));
        properties.put("platform.security.rate-limit.requests-per-minute", "1000000");
        return properties;
    }

    @BeforeAll
    void oneSignedInPersonPerRole() {
        AllowanceTestKit.Employer employer = allowances.employer("Refus Documentés SA");
        tokens.put(Role.HR_MANAGER, employer.hrToken());
        tokens.put(Role.EMPLOYEE, kit.signIn(kit.employeeWithProfile(employer.id()).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken());
        for (Role staff : List.of(Role.SUPPORT_AGENT, Role.PLATFORM_ADMIN)) {
            tokens.put(staff, kit.signIn(kit.account(staff, AccountStatus.ACTIVE, null).email(),
                    IdentityTestKit.GOOD_PASSWORD).accessToken());
        }
    }

    @Test
    @OutsideTheContract("sends no token to operations that require one")
    void every_operation_documenting_401_answers_it_without_a_token() {
        List<OperationKey> operations = documenting("401").stream()
                .filter(operation -> !secured(operation).contains(SecurityRule.IS_ANONYMOUS)).toList();
        assertThat(operations).as("operations that need a token and document 401").hasSizeGreaterThan(30);
        List<String> wrong = new ArrayList<>();
        for (OperationKey operation : operations) {
            expect(operation, request(operation), 401, "auth.required", wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @OutsideTheContract("sends the token of a role the operation does not let in")
    void every_operation_documenting_403_answers_it_to_a_role_its_security_leaves_out() {
        List<OperationKey> operations = documenting("403");
        assertThat(operations).as("operations that document 403").hasSizeGreaterThan(20);
        int byRole = 0;
        List<String> wrong = new ArrayList<>();
        for (OperationKey operation : operations) {
            Optional<Role> outsider = roleLeftOut(operation);
            if (outsider.isEmpty()) {
                continue; // every signed-in role may call it: its 403 is a rule of the operation, tested beside it
            }
            byRole++;
            expect(operation, request(operation).bearerAuth(tokens.get(outsider.get())), 403, "access.forbidden", wrong);
        }
        assertThat(byRole).as("operations closed to some role").isGreaterThan(20);
        assertThat(wrong).isEmpty();
    }

    @Test
    @OutsideTheContract("sends bodies over the server's size limit")
    void every_operation_documenting_413_answers_it_to_a_body_over_the_limit() {
        List<OperationKey> operations = documenting("413").stream()
                .filter(operation -> document.requestMediaTypes(operation).contains(MediaType.APPLICATION_JSON))
                .toList();
        assertThat(operations).as("operations that take JSON and document 413").hasSizeGreaterThan(10);
        byte[] huge = new byte[OVER_THE_LIMIT];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        List<String> wrong = new ArrayList<>();
        for (OperationKey operation : operations) {
            MutableHttpRequest<?> request = request(operation).body(huge).contentType(MediaType.APPLICATION_JSON_TYPE);
            roleLetIn(operation).ifPresent(role -> request.bearerAuth(tokens.get(role)));
            expect(operation, request, 413, "request.body-too-large", wrong);
        }
        assertThat(wrong).isEmpty();
    }

    private void expect(OperationKey operation, MutableHttpRequest<?> request, int status, String code,
                        List<String> wrong) {
        Answer answer = kit.call(request);
        if (answer.status() != status) {
            wrong.add(operation + ": " + answer.status() + " " + answer.body());
            return;
        }
        assertThat(answer.header("Content-Type")).as(operation.toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith(ProblemDetail.MEDIA_TYPE));
        assertThat(kit.problem(answer).code()).as(operation.toString()).isEqualTo(code);
    }

    private List<OperationKey> documenting(String status) {
        return document.responses().stream().filter(response -> response.status().equals(status))
                .map(ResponseKey::operation).distinct().toList();
    }

    /**
     * The operation's path with every variable set to 1, and an empty body of the first media type it takes: the
     * refusals come before any id is looked up or any body read.
     */
    private MutableHttpRequest<?> request(OperationKey operation) {
        MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.parse(operation.method()),
                operation.path().replaceAll("\\{[^}]+}", "1"));
        document.requestMediaTypes(operation).stream().findFirst().ifPresent(request::contentType);
        return request;
    }

    private Optional<Role> roleLeftOut(OperationKey operation) {
        Set<String> allowed = secured(operation);
        if (allowed.contains(SecurityRule.IS_ANONYMOUS) || allowed.contains(SecurityRule.IS_AUTHENTICATED)) {
            return Optional.empty();
        }
        return Arrays.stream(Role.values()).filter(role -> !allowed.contains(role.name()))
                .filter(tokens::containsKey).findFirst();
    }

    private Optional<Role> roleLetIn(OperationKey operation) {
        Set<String> allowed = secured(operation);
        return Arrays.stream(Role.values()).filter(role -> allowed.contains(role.name())
                || allowed.contains(SecurityRule.IS_AUTHENTICATED)).findFirst();
    }

    /** What the route's {@code @Secured} lets in: role names, or the rules isAuthenticated() and isAnonymous(). */
    private Set<String> secured(OperationKey operation) {
        Map<String, UriRouteInfo<?, ?>> routes = router.uriRoutes().collect(Collectors.toMap(
                route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toString()
                        .replaceAll("\\{\\?[^}]*}", ""), Function.identity(), (first, second) -> first));
        UriRouteInfo<?, ?> route = routes.get(operation.method() + " " + operation.path());
        assertThat(route).as("the route serving " + operation).isNotNull();
        Set<String> allowed = Set.of(route.getAnnotationMetadata().stringValues(Secured.class));
        assertThat(allowed).as("the @Secured of " + operation).isNotEmpty();
        return allowed;
    }
}
