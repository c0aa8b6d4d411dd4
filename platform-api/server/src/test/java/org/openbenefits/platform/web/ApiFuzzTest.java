package org.openbenefits.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.type.Argument;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.server.EmbeddedServer;
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
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.ContractChecks;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.apicontract.WireExchanges;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Sends odd input ({@link OddInput}, seeded) to every route the router knows, as the role the route expects, over the
 * loopback: bad ids, bad query values, broken and hostile bodies, bodies with every field at an extreme or of a wrong
 * type, under several content types. No answer may be a server error, and every refusal is problem+json that names no
 * Java type and quotes no framework message. Routes added later are covered without changing this test.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest implements TestPropertyProvider {

    private static final long SEED = 20261203L;
    /** What must never reach a client: Java names, framework and parser messages. */
    private static final Pattern INTERNALS = Pattern.compile("(?i)(java\\.|javax\\.|jakarta\\.|io\\.micronaut|"
            + "com\\.fasterxml|org\\.openbenefits|exception|failed to convert|for input string|required body|"
            + "required argument|jackson|source: redacted|page not found|allowed methods|content type \\[|"
            + "unexpected token|argument \\[|\\bat \\[|\\$\\{|stack)");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/?]+)}");

    @Inject
    Router router;
    @Inject
    EmbeddedServer server;
    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;

    private final Map<String, String> tokens = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_fuzz"));
        properties.put("platform.security.rate-limit.requests-per-minute", "1000000");
        return properties;
    }

    @BeforeAll
    void oneSignedInPersonPerRole() {
        AllowanceTestKit.Employer employer = allowances.employer("Fuzz SA");
        allowances.fund(employer, 100_000);
        tokens.put(Role.HR_MANAGER.name(), employer.hrToken());
        tokens.put(Role.EMPLOYEE.name(), kit.signIn(kit.employeeWithProfile(employer.id()).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken());
        for (Role staff : List.of(Role.SUPPORT_AGENT, Role.PLATFORM_ADMIN)) {
            tokens.put(staff.name(), kit.signIn(kit.account(staff, AccountStatus.ACTIVE, null).email(),
                    IdentityTestKit.GOOD_PASSWORD).accessToken());
        }
    }

    @Test
    void beyond_the_api_only_health_and_metrics_are_served() {
        assertThat(router.uriRoutes().map(route -> route.getUriMatchTemplate().toString())
                .filter(path -> !path.startsWith("/api/")).distinct().sorted())
                .containsExactly("/.well-known/jwks.json", "/api-docs", "/health", "/health/{selector}", "/prometheus",
                        // The card gateway simulator's hosted pages: HTML for browsers, fuzzed by CardGatewayTest.
                        "/simulator/challenge/{intent}", "/simulator/pay/{intent}");
    }

    @Test
    @OutsideTheContract("odd ids, query values, bodies and content types: whatever the contract forbids must be refused")
    void odd_input_on_every_route_never_gets_a_server_error_nor_framework_wording() throws Exception {
        // The simulator's hosted pages answer HTML to browsers, not problems: CardGatewayTest fuzzes them.
        List<UriRouteInfo<?, ?>> routes = router.uriRoutes()
                .filter(route -> !route.getUriMatchTemplate().toString().startsWith("/simulator/")).sorted().toList();
        assertThat(routes).as("the routes of the API").hasSizeGreaterThan(40);
        OddInput odd = new OddInput(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (UriRouteInfo<?, ?> route : routes) {
            Optional<String> token = tokenFor(route);
            for (Call call : calls(route, odd)) {
                sent++;
                String failure = check(send(call, token));
                if (failure != null) {
                    failures.add(call.method() + " " + abbreviated(call.path()) + " [" + call.contentType() + ", "
                            + call.body().length + " bytes]: " + failure);
                }
            }
        }
        assertThat(sent).as("requests sent").isGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    /** One request to send. */
    private record Call(String method, String path, String contentType, byte[] body) {
    }

    private List<Call> calls(UriRouteInfo<?, ?> route, OddInput odd) {
        String method = route.getHttpMethodName();
        String template = route.getUriMatchTemplate().toString();
        String path = VARIABLE.matcher(template.replaceAll("\\{\\?[^}]*}", "")).replaceAll("1");
        List<Call> calls = new ArrayList<>();
        Matcher variables = VARIABLE.matcher(template.replaceAll("\\{\\?[^}]*}", ""));
        while (variables.find()) {
            for (String value : OddInput.VALUES) {
                String odder = template.replaceAll("\\{\\?[^}]*}", "").replace(variables.group(), value);
                calls.add(new Call(method, VARIABLE.matcher(odder).replaceAll("1"), "", new byte[0]));
            }
        }
        for (String name : queryNames(route)) {
            for (String value : OddInput.VALUES) {
                calls.add(new Call(method, path + "?" + name + "=" + value, "", new byte[0]));
            }
        }
        boolean takesBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        if (takesBody) {
            for (byte[] body : odd.brokenBodies()) {
                calls.add(new Call(method, path, MediaType.APPLICATION_JSON, body));
            }
            Optional<Argument<?>> bodyType = route.getBodyArgument();
            if (bodyType.isPresent()) {
                for (byte[] body : odd.typedBodies(bodyType.get())) {
                    calls.add(new Call(method, path, MediaType.APPLICATION_JSON, body));
                }
            }
            byte[] sample = odd.brokenBodies().getLast();
            for (String type : List.of("", MediaType.TEXT_PLAIN, "text/csv", MediaType.APPLICATION_FORM_URLENCODED,
                    MediaType.MULTIPART_FORM_DATA + "; boundary=xyz", "application/json; charset=ISO-8859-1",
                    "application/x-unknown")) {
                calls.add(new Call(method, path, type, sample));
            }
        } else {
            calls.add(new Call(method, path, MediaType.APPLICATION_JSON, "{\"a\":".getBytes(StandardCharsets.UTF_8)));
        }
        return calls;
    }

    private static List<String> queryNames(UriRouteInfo<?, ?> route) {
        List<String> names = new ArrayList<>();
        for (Argument<?> argument : route.getTargetMethod().getArguments()) {
            if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                names.add(argument.getAnnotationMetadata().stringValue(QueryValue.class).orElse(argument.getName()));
            }
        }
        return names;
    }

    /** The token of the first role the route lets in; none for a public route. */
    private Optional<String> tokenFor(UriRouteInfo<?, ?> route) {
        String[] allowed = route.getAnnotationMetadata().stringValues(Secured.class);
        for (String value : allowed) {
            if (value.equals(SecurityRule.IS_ANONYMOUS)) {
                return Optional.empty();
            }
            if (tokens.containsKey(value)) {
                return Optional.of(tokens.get(value));
            }
        }
        return Optional.of(tokens.get(Role.EMPLOYEE.name()));
    }

    private HttpResponse<String> send(Call call, Optional<String> token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + call.path()))
                .timeout(Duration.ofSeconds(30))
                .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        if (!call.contentType().isEmpty()) {
            request.header("Content-Type", call.contentType());
        }
        HttpRequest sent = request.build();
        HttpResponse<String> answer = http.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        ContractChecks.platformApi().check(WireExchanges.of(sent, call.body(), answer));
        return answer;
    }

    /** What is wrong with the answer, or null. */
    private String check(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return status + " " + abbreviated(answer.body());
        }
        if (status < 400 || answer.request().method().equals("HEAD")) {
            return null;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(ProblemDetail.MEDIA_TYPE)) {
            return status + " answered " + type + ": " + abbreviated(answer.body());
        }
        ProblemDetail problem;
        try {
            problem = kit.read(new IdentityTestKit.Answer(status, answer.body(), Map.of()), ProblemDetail.class);
        } catch (RuntimeException notAProblem) {
            return status + " not a problem: " + abbreviated(answer.body());
        }
        if (problem.code() == null || problem.detail() == null || problem.status() != status) {
            return status + " incomplete problem: " + abbreviated(answer.body());
        }
        if (org.openbenefits.domain.refusal.RefusalCatalogue.find(problem.code()).isEmpty()) {
            return status + " code " + problem.code() + " is not in the catalogue: " + abbreviated(answer.body());
        }
        for (ProblemDetail.FieldError field : problem.errors()) {
            if (field.code() == null || org.openbenefits.domain.refusal.RefusalCatalogue.find(field.code()).isEmpty()) {
                return status + " field " + field.field() + " has no code of the catalogue: " + abbreviated(answer.body());
            }
        }
        Matcher internals = INTERNALS.matcher(answer.body());
        if (internals.find()) {
            return status + " names internals (" + internals.group() + "): " + abbreviated(answer.body());
        }
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

}
