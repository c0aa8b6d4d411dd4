package org.openbenefits.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * The findings of the black-box probe about input, replayed against the API: loose numbers, duplicate keys, trailing
 * content, far dates, control and right-to-left characters are refused on their field with the code of the rule
 * broken, worded in the request's language, and store nothing.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictInputTest implements TestPropertyProvider {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;

    private Employer employer;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_strict_input"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void anEmployerWithABudget() {
        employer = allowances.employer("Entrées strictes SA");
        allowances.fund(employer, 1_000_000);
        kit.employeeWithProfile(employer.id());
    }

    private Answer postJson(String uri, String json) {
        return kit.call(HttpRequest.POST(uri, json).contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(employer.hrToken()));
    }

    private static String campaign(String validTo) {
        return "{\"kind\":\"SUBSIDY\",\"name\":\"Cinéma\",\"amountCents\":500,\"validFrom\":\"" + TODAY
                + "\",\"validTo\":\"" + validTo + "\",\"categories\":[\"CINEMA\"],\"target\":\"ALL\"}";
    }

    private FieldError onlyFieldError(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(ProblemDetail.MEDIA_TYPE));
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo("request.invalid");
        assertThat(problem.errors()).hasSize(1);
        return problem.errors().getFirst();
    }

    @OutsideTheContract("amounts of every wrong JSON type and size")
    @ParameterizedTest(name = "amountCents {0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "1.9|field.not-an-integer", "\"100\"|field.expected-integer", "true|field.expected-integer",
            "1e3|field.not-an-integer", "99999999999999999999999|field.out-of-range", "[100]|field.expected-integer"})
    void a_top_up_amount_that_is_not_a_whole_number_of_cents_is_refused_on_its_field_and_records_nothing(
            String amount, String code) {
        long before = allowances.count("budget_top_up");

        FieldError error = onlyFieldError(postJson("/api/v1/budget/top-ups",
                "{\"amountCents\":" + amount + ",\"bankReference\":\"VIR-1\"}"));

        assertThat(error.field()).isEqualTo("amountCents");
        assertThat(error.code()).isEqualTo(code);
        assertThat(allowances.count("budget_top_up")).isEqualTo(before);
    }

    @Test
    void a_duplicate_key_is_refused_on_its_field_and_records_nothing() {
        long before = allowances.count("budget_top_up");

        FieldError error = onlyFieldError(postJson("/api/v1/budget/top-ups",
                "{\"amountCents\":100,\"bankReference\":\"VIR-1\",\"amountCents\":100000}"));

        assertThat(error.field()).isEqualTo("amountCents");
        assertThat(error.code()).isEqualTo("field.duplicate-key");
        assertThat(error.message()).isEqualTo("Ce champ figure deux fois : ne l’envoyez qu’une fois.");
        assertThat(allowances.count("budget_top_up")).isEqualTo(before);
    }

    @Test
    void content_after_the_object_is_refused_saying_where_and_records_nothing() {
        long before = allowances.count("budget_top_up");

        Answer answer = postJson("/api/v1/budget/top-ups",
                "{\"amountCents\":100,\"bankReference\":\"VIR-1\"} {\"amountCents\":100000}");

        assertThat(answer.status()).isEqualTo(400);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo("request.body-trailing-content");
        assertThat(problem.parameters()).isEqualTo(Map.of("line", 1, "column", 46));
        assertThat(problem.title()).isEqualTo("Requête illisible");
        assertThat(problem.detail()).isEqualTo("Le corps de la requête continue après l’objet JSON (ligne 1, colonne "
                + "46) : envoyez un seul objet, sans rien après.");
        assertThat(allowances.count("budget_top_up")).isEqualTo(before);
    }

    @OutsideTheContract("no body where one is required")
    @Test
    void an_empty_body_is_refused_as_empty() {
        Answer answer = postJson("/api/v1/budget/top-ups", "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).code()).isEqualTo("request.body-empty");
        assertThat(kit.problem(answer).detail()).isEqualTo("Le corps de la requête est vide : envoyez un objet JSON.");
    }

    @OutsideTheContract("dates beyond the ISO calendar format")
    @ParameterizedTest(name = "a campaign ending {0} is refused as {1}")
    @CsvSource({"+99999-01-01, field.invalid-date", "9999-12-31, field.date-out-of-range",
            "2101-01-01, field.date-out-of-range"})
    void a_campaign_ending_in_a_far_year_is_refused_on_validTo_instead_of_a_server_error(String validTo, String code) {
        List<Long> before = allowances.allowanceRows();

        for (String uri : List.of("/api/v1/campaigns", "/api/v1/campaigns/preview")) {
            FieldError error = onlyFieldError(postJson(uri, campaign(validTo)));

            assertThat(error.field()).isEqualTo("validTo");
            assertThat(error.code()).isEqualTo(code);
        }
        assertThat(allowances.allowanceRows()).isEqualTo(before);
    }

    @Test
    void a_campaign_may_run_five_years_but_not_a_day_more() {
        List<Long> before = allowances.allowanceRows();

        FieldError error = onlyFieldError(postJson("/api/v1/campaigns", campaign(TODAY.plusYears(5).plusDays(1).toString())));
        Answer fiveYears = postJson("/api/v1/campaigns/preview", campaign(TODAY.plusYears(5).toString()));

        assertThat(error.field()).isEqualTo("validTo");
        assertThat(error.code()).isEqualTo("campaign.validity-too-far");
        assertThat(error.parameters()).isEqualTo(Map.of("years", 5, "max", TODAY.plusYears(5).toString()));
        assertThat(error.message()).startsWith("Une dotation est valable au plus 5 ans : choisissez un dernier jour au "
                + "plus tard le ");
        assertThat(allowances.allowanceRows()).isEqualTo(before);
        assertThat(fiveYears.status()).as(fiveYears.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "a bank reference holding U+{0} is refused as {1}")
    @CsvSource({"0000, field.control-character", "202E, field.bidirectional-control", "0009, field.line-break",
            "000A, field.line-break", "2066, field.bidirectional-control", "009B, field.control-character"})
    void a_bank_reference_with_a_control_or_right_to_left_character_is_refused_and_nothing_is_stored(String hex,
                                                                                                      String code) {
        long before = allowances.count("budget_top_up");

        FieldError error = onlyFieldError(postJson("/api/v1/budget/top-ups",
                "{\"amountCents\":100,\"bankReference\":\"VIR\\u" + hex + "cod.exe\"}"));

        assertThat(error.field()).isEqualTo("bankReference");
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.parameters()).isEqualTo(Map.of("character", "U+" + hex));
        assertThat(error.message()).contains("U+" + hex);
        assertThat(allowances.count("budget_top_up")).isEqualTo(before);
    }

    @Test
    void an_employee_typed_with_decomposed_accents_is_stored_composed_and_found_either_way() {
        String decomposed = "Ze\u0301phyrine";
        Answer created = postJson("/api/v1/employees", "{\"firstName\":\"" + decomposed + "\",\"lastName\":\"Bo\u0302\","
                + "\"workEmail\":\"zephyrine.nfc@example.org\",\"employeeNumber\":\"NFC-1\","
                + "\"address\":{\"line1\":\"1 rue de l'E\u0301glise\",\"postalCode\":\"69003\",\"city\":\"Lyon\"}}");

        EmployeeView view = kit.read(created, EmployeeView.class);
        EmployeePage found = kit.read(kit.call(HttpRequest.GET("/api/v1/employees?q="
                + URLEncoder.encode(decomposed, StandardCharsets.UTF_8)).bearerAuth(employer.hrToken())), EmployeePage.class);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(view.firstName()).isEqualTo("Zéphyrine").hasSize(9);
        assertThat(view.lastName()).isEqualTo("Bô");
        assertThat(view.address().line1()).isEqualTo("1 rue de l'Église");
        assertThat(found.items()).extracting(EmployeeView::id).containsExactly(view.id());
    }

    @Test
    void a_nested_field_at_fault_is_named_by_its_path() {
        Answer answer = postJson("/api/v1/employees", "{\"firstName\":\"Léa\",\"lastName\":\"Petit\","
                + "\"workEmail\":\"lea.path@example.org\",\"employeeNumber\":\"PATH-1\",\"address\":{\"line1\":"
                + "\"1 rue\\u202E\",\"postalCode\":\"69003\",\"city\":\"Lyon\"},\"children\":[{\"firstName\":\"Tom\","
                + "\"birthDate\":\"2018-01-01\"},{\"firstName\":\"Zoé\",\"birthDate\":\"1850-01-01\"}]}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("address.line1", "field.bidirectional-control"),
                tuple("children[1].birthDate", "field.date-out-of-range"));
    }

    @ParameterizedTest(name = "a search term {0} is refused as {1}")
    @CsvSource({"%00, field.control-character", "abc%E2%80%AE, field.bidirectional-control", "a%09b, field.line-break"})
    void a_search_term_with_a_control_or_bidirectional_character_is_refused_on_q(String q, String code) {
        FieldError error = onlyFieldError(kit.call(HttpRequest.GET("/api/v1/employees?q=" + q)
                .bearerAuth(employer.hrToken())));

        assertThat(error.field()).isEqualTo("q");
        assertThat(error.code()).isEqualTo(code);
    }

    @Test
    void a_password_is_compared_as_typed_rather_than_refused() {
        Answer answer = kit.call(HttpRequest.POST("/api/v1/auth/sign-in",
                "{\"email\":\"nobody@example.org\",\"password\":\"Tab\\there-\\u202E\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));

        // Wrong credentials (401), not a refused input (400): the odd characters reached the comparison
        assertThat(answer.status()).isEqualTo(401);
        assertThat(kit.problem(answer).errors()).isEmpty();
    }

    @OutsideTheContract("ids and query values of the wrong type or size")
    @ParameterizedTest(name = "GET {0} names {1}")
    @CsvSource({"/api/v1/employees/abc, id, field.expected-integer",
            "/api/v1/employees/99999999999999999999, id, field.too-large",
            "/api/v1/campaigns/1.5, id, field.not-an-integer", "/api/v1/employees?page=abc, page, field.expected-integer",
            "/api/v1/budget/statement?size=1e9, size, field.not-an-integer",
            "/api/v1/campaigns/1/grants?page=99999999999, page, field.too-large"})
    void a_bad_id_or_query_parameter_is_named_with_its_code_without_the_frameworks_wording(String uri, String field,
                                                                                            String code) {
        Answer answer = kit.call(HttpRequest.GET(uri).bearerAuth(employer.hrToken()));

        FieldError error = onlyFieldError(answer);
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.code()).isEqualTo(code);
        assertThat(answer.body()).doesNotContain("Failed to convert", "For input string", "java", "argument [");
    }

    @OutsideTheContract("an id that is no number")
    @Test
    void a_browser_asking_for_html_still_gets_problem_json_without_the_frameworks_wording() {
        Answer answer = kit.call(HttpRequest.GET("/api/v1/employees/abc").bearerAuth(employer.hrToken())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(ProblemDetail.MEDIA_TYPE));
        assertThat(answer.body()).doesNotContain("<html", "Failed to convert", "java");
    }

    @OutsideTheContract("unknown routes, methods and formats")
    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource(delimiter = '|', value = {
            "fr-FR|Cette ressource n’existe pas ou n’est pas accessible avec votre compte.|Cette adresse n’accepte pas "
                    + "cette méthode HTTP.|Envoyez le corps de la requête en application/json.",
            "en|This does not exist or is not available to your account.|This address does not take this HTTP method."
                    + "|Send the request body as application/json."})
    void framework_answers_for_unknown_routes_methods_and_formats_have_codes_and_the_language_asked(
            String language, String notFoundDetail, String notAllowedDetail, String wrongFormatDetail) {
        Answer notFound = kit.call(HttpRequest.GET("/api/v1/nothing-here").bearerAuth(employer.hrToken())
                .header(HttpHeaders.ACCEPT_LANGUAGE, language));
        Answer notAllowed = kit.call(HttpRequest.DELETE("/api/v1/budget").bearerAuth(employer.hrToken())
                .header(HttpHeaders.ACCEPT_LANGUAGE, language));
        Answer wrongFormat = kit.call(HttpRequest.POST("/api/v1/budget/top-ups", "amountCents=1")
                .contentType(MediaType.TEXT_PLAIN_TYPE).bearerAuth(employer.hrToken())
                .header(HttpHeaders.ACCEPT_LANGUAGE, language));

        assertThat(kit.problem(notFound).code()).isEqualTo("resource.not-found");
        assertThat(kit.problem(notFound).detail()).isEqualTo(notFoundDetail);
        assertThat(kit.problem(notAllowed).code()).isEqualTo("request.method-not-allowed");
        assertThat(kit.problem(notAllowed).detail()).isEqualTo(notAllowedDetail);
        assertThat(kit.problem(wrongFormat).code()).isEqualTo("request.media-type-unsupported");
        assertThat(kit.problem(wrongFormat).detail()).isEqualTo(wrongFormatDetail);
        assertThat(List.of(notFound.body(), notAllowed.body(), wrongFormat.body()))
                .allSatisfy(body -> assertThat(body).doesNotContain("Page Not Found", "Allowed", "Content Type"));
    }
}
