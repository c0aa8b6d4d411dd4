package org.openbenefits.platform.allowance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.domain.allowance.AllowanceRefusal;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** Every bad campaign is refused with the code of its rule on the field at fault, and writes nothing. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignValidationTest implements TestPropertyProvider {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    private static final LocalDate LATER = TODAY.plusMonths(2);

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    UserAccounts accounts;

    private Employer employer;
    private long employeeId;
    private long otherEmployersEmployee;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_campaign_checks"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @BeforeAll
    void anEmployerWithABudget() {
        employer = allowances.employer("Contrôles SA");
        allowances.fund(employer, 100_000);
        employeeId = kit.employeeWithProfile(employer.id()).id();
        otherEmployersEmployee = kit.employeeWithProfile(kit.employer("Ailleurs SA").id()).id();
    }

    /** A valid subsidy to spoil one field at a time. */
    private static CampaignRequest good() {
        return new CampaignRequest("SUBSIDY", "Cinéma", 2_000, false, TODAY, LATER, List.of("CINEMA"), 50, null,
                "ALL", null, List.of());
    }

    private static CampaignRequest with(String kind, long amount, boolean perChild, LocalDate from, LocalDate to,
                                        List<String> categories, Integer share, String event, String target,
                                        String value, List<Long> ids) {
        return new CampaignRequest(kind, "Campagne", amount, perChild, from, to, categories, share, event, target,
                value, ids);
    }

    static Stream<Arguments> badCampaigns() {
        List<String> cinema = List.of("CINEMA");
        return Stream.of(
                Arguments.of("a zero amount", with("SUBSIDY", 0, false, TODAY, LATER, cinema, null, null, "ALL", null,
                        List.of()), "amountCents", "field.not-positive", Map.of()),
                Arguments.of("a negative amount", with("SUBSIDY", -500, false, TODAY, LATER, cinema, null, null, "ALL",
                        null, List.of()), "amountCents", "field.not-positive", Map.of()),
                Arguments.of("an unknown kind", with("BONUS", 500, false, TODAY, LATER, cinema, null, null, "ALL",
                        null, List.of()), "kind", "field.unknown-value",
                        Map.of("allowed", "SUBSIDY, CULTURE_CHEQUE, GIFT_CHEQUE")),
                Arguments.of("a validity ending before it starts", with("SUBSIDY", 500, false, LATER, TODAY, cinema,
                        null, null, "ALL", null, List.of()), "validTo", "campaign.validity-ends-before-start",
                        Map.of()),
                Arguments.of("a validity already over", with("SUBSIDY", 500, false, TODAY.minusMonths(2),
                        TODAY.minusDays(1), cinema, null, null, "ALL", null, List.of()), "validTo",
                        "campaign.validity-over", Map.of()),
                Arguments.of("a validity over five years", with("SUBSIDY", 500, false, TODAY,
                        TODAY.plusYears(5).plusDays(1), cinema, null, null, "ALL", null, List.of()), "validTo",
                        "campaign.validity-too-far", Map.of("years", "5", "max", TODAY.plusYears(5).toString())),
                Arguments.of("no category", with("SUBSIDY", 500, false, TODAY, LATER, List.of(), null, null, "ALL",
                        null, List.of()), "categories", "field.required", Map.of()),
                Arguments.of("a non-cultural category on a culture cheque", with("CULTURE_CHEQUE", 500, false, TODAY,
                        LATER, List.of("BOOKS", "PARKS", "sports"), null, null, "ALL", null, List.of()), "categories",
                        "campaign.categories-not-cultural", Map.of("categories", "PARKS, SPORTS")),
                Arguments.of("an unknown category", with("SUBSIDY", 500, false, TODAY, LATER, List.of("CASINO"), null,
                        null, "ALL", null, List.of()), "categories", "campaign.categories-unknown",
                        Map.of("categories", "CASINO")),
                Arguments.of("any category on a subsidy", with("SUBSIDY", 500, false, TODAY, LATER, List.of("*"), null,
                        null, "ALL", null, List.of()), "categories", "campaign.any-category-gift-cheque-only",
                        Map.of()),
                Arguments.of("a share cap on a gift cheque", with("GIFT_CHEQUE", 500, false, TODAY, LATER,
                        List.of("*"), 50, null, "ALL", null, List.of()), "maxSharePercent",
                        "campaign.share-cap-subsidy-only", Map.of()),
                Arguments.of("a share cap over 100", with("SUBSIDY", 500, false, TODAY, LATER, cinema, 120, null,
                        "ALL", null, List.of()), "maxSharePercent", "field.out-of-range",
                        Map.of("min", "1", "max", "100")),
                Arguments.of("an URSSAF event on a subsidy", with("SUBSIDY", 500, false, TODAY, LATER, cinema, null,
                        "NOEL_SALARIE", "ALL", null, List.of()), "urssafEvent", "campaign.event-gift-cheque-only",
                        Map.of()),
                Arguments.of("an unknown URSSAF event", with("GIFT_CHEQUE", 500, false, TODAY, LATER, List.of("*"),
                        null, "CARNAVAL", "ALL", null, List.of()), "urssafEvent", "field.unknown-value",
                        Map.of("allowed", "NOEL_SALARIE, NOEL_ENFANT, RENTREE_SCOLAIRE, NAISSANCE_ADOPTION, "
                                + "MARIAGE_PACS, RETRAITE, FETE_DES_MERES, FETE_DES_PERES, SAINTE_CATHERINE, "
                                + "SAINT_NICOLAS")),
                Arguments.of("per child without a children's event", with("GIFT_CHEQUE", 500, true, TODAY, LATER,
                        List.of("*"), null, "NOEL_SALARIE", "ALL", null, List.of()), "perChild",
                        "campaign.per-child-needs-children-event", Map.of()),
                Arguments.of("children's Christmas as a flat amount", with("GIFT_CHEQUE", 500, false, TODAY, LATER,
                        List.of("*"), null, "NOEL_ENFANT", "ALL", null, List.of()), "perChild",
                        "campaign.children-event-needs-per-child", Map.of()),
                Arguments.of("back to school as a flat amount", with("GIFT_CHEQUE", 500, false, TODAY, LATER,
                        List.of("*"), null, "RENTREE_SCOLAIRE", "ALL", null, List.of()), "perChild",
                        "campaign.children-event-needs-per-child", Map.of()),
                Arguments.of("an amount over 10,000 euros", with("SUBSIDY", 1_000_001, false, TODAY, LATER, cinema,
                        null, null, "ALL", null, List.of()), "amountCents", "campaign.amount-too-large",
                        Map.of("max", "10000.00")),
                Arguments.of("a per-child amount over 10,000 euros", with("GIFT_CHEQUE", 1_000_001, true, TODAY,
                        LATER, List.of("*"), null, "NOEL_ENFANT", "ALL", null, List.of()), "amountCents",
                        "campaign.amount-too-large", Map.of("max", "10000.00")),
                Arguments.of("the largest long amount", with("SUBSIDY", Long.MAX_VALUE, false, TODAY, LATER, cinema,
                        null, null, "ALL", null, List.of()), "amountCents", "campaign.amount-too-large",
                        Map.of("max", "10000.00")),
                Arguments.of("a department target without a department", with("SUBSIDY", 500, false, TODAY, LATER,
                        cinema, null, null, "DEPARTMENT", " ", List.of()), "targetValue", "field.required", Map.of()),
                Arguments.of("a site name over 100 characters", with("SUBSIDY", 500, false, TODAY, LATER,
                        cinema, null, null, "SITE", "L".repeat(101), List.of()), "targetValue", "field.too-long",
                        Map.of("max", "100")),
                Arguments.of("no target", with("SUBSIDY", 500, false, TODAY, LATER, cinema, null, null, null, null,
                        List.of()), "target", "field.required", Map.of()),
                Arguments.of("an unknown target", with("SUBSIDY", 500, false, TODAY, LATER, cinema, null, null,
                        "NOBODY", null, List.of()), "target", "field.unknown-value",
                        Map.of("allowed", "ALL, DEPARTMENT, SITE, LIST")),
                Arguments.of("an empty list", with("SUBSIDY", 500, false, TODAY, LATER, cinema, null, null, "LIST",
                        null, List.of()), "employeeIds", "field.required", Map.of()));
    }

    /** Parameters as text, whatever JSON type carried them: 5 and "5" read the same here. */
    private static Map<String, String> text(Map<String, Object> parameters) {
        Map<String, String> text = new HashMap<>();
        parameters.forEach((name, value) -> text.put(name, String.valueOf(value)));
        return text;
    }

    @ParameterizedTest(name = "{0} is refused on its field as {3} and writes nothing")
    @MethodSource("badCampaigns")
    @OutsideTheContract("values outside the documented enums, to see each refused on its field")
    void a_bad_campaign_is_refused_on_its_field_with_its_code_and_writes_nothing(String why, CampaignRequest request,
                                                                                String field, String code,
                                                                                Map<String, String> parameters) {
        List<Long> before = allowances.allowanceRows();

        Answer confirmed = allowances.confirm(employer, request);
        Answer previewed = kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview", request);

        for (Answer answer : List.of(confirmed, previewed)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            ProblemDetail problem = kit.problem(answer);
            assertThat(problem.code()).isEqualTo("request.invalid");
            assertThat(problem.errors()).as(answer.body()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo(field);
                assertThat(error.code()).isEqualTo(code);
                assertThat(text(error.parameters())).isEqualTo(parameters);
                assertThat(error.message()).isNotBlank().doesNotContain("{");
            });
        }
        assertThat(allowances.allowanceRows()).isEqualTo(before);
    }

    @Test
    void unknown_and_other_employers_employees_are_refused_saying_how_many() {
        List<Long> before = allowances.allowanceRows();

        Answer answer = allowances.confirm(employer, with("SUBSIDY", 500, false, TODAY, LATER, List.of("CINEMA"),
                null, null, "LIST", null, List.of(employeeId, otherEmployersEmployee, 987_654_321L)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("employeeIds");
            assertThat(error.code()).isEqualTo("campaign.employees-unknown");
            assertThat(text(error.parameters())).isEqualTo(Map.of("count", "2"));
        });
        assertThat(allowances.allowanceRows()).isEqualTo(before);
    }

    @Test
    void deactivated_and_deleted_employees_in_a_list_are_refused_saying_how_many_and_nothing_is_written() {
        long deactivated = kit.employeeWithProfile(employer.id()).id();
        accounts.updateStatus(deactivated, "DEACTIVATED");
        long deleted = kit.employeeWithProfile(employer.id()).id();
        accounts.updateStatus(deleted, "DELETED");
        CampaignRequest request = with("SUBSIDY", 500, false, TODAY, LATER, List.of("CINEMA"), null, null, "LIST",
                null, List.of(employeeId, deactivated, deleted));
        List<Long> before = allowances.allowanceRows();

        Answer confirmed = allowances.confirm(employer, request);
        Answer previewed = kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview", request);
        Answer one = allowances.confirm(employer, with("SUBSIDY", 500, false, TODAY, LATER, List.of("CINEMA"), null,
                null, "LIST", null, List.of(employeeId, deactivated, 987_654_321L)));

        for (Answer answer : List.of(confirmed, previewed)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(kit.problem(answer).code()).isEqualTo("request.invalid");
            assertThat(kit.problem(answer).errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("employeeIds");
                assertThat(error.code()).isEqualTo("campaign.employees-inactive");
                assertThat(text(error.parameters())).isEqualTo(Map.of("count", "2"));
            });
        }
        assertThat(kit.problem(one).errors())
                .extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code,
                        error -> text(error.parameters()))
                .containsExactly(tuple("employeeIds", "campaign.employees-unknown", Map.of("count", "1")),
                        tuple("employeeIds", "campaign.employees-inactive", Map.of("count", "1")));
        assertThat(allowances.allowanceRows()).isEqualTo(before);
    }

    @Test
    void a_total_that_overflows_is_a_field_refusal_never_a_server_error() {
        Recipients.Recipient big = new Recipients.Recipient(1, "A", "B",
                org.openbenefits.domain.money.Money.ofCents(Long.MAX_VALUE / 2 + 1), List.of());

        assertThatThrownBy(() -> Recipients.total(List.of(big, big)))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.refusal().code()).isEqualTo(GeneralRefusal.INVALID_REQUEST);
                    assertThat(refused.refusal().fields()).containsExactly(
                            FieldRefusal.of("amountCents", AllowanceRefusal.CAMPAIGN_TOTAL_TOO_LARGE));
                });
        assertThat(Recipients.total(List.of(big)).cents()).isEqualTo(Long.MAX_VALUE / 2 + 1);
    }

    @Test
    @OutsideTheContract("several fields outside the contract at once, to see them all named")
    void every_field_at_fault_is_named_in_one_answer() {
        Answer answer = allowances.confirm(employer, new CampaignRequest(null, " ", 0, false, null, null, List.of(),
                null, null, "NOBODY", null, List.of()));

        assertThat(kit.problem(answer).errors()).extracting(ProblemDetail.FieldError::field,
                        ProblemDetail.FieldError::code)
                .containsExactlyInAnyOrder(tuple("kind", "field.required"), tuple("name", "field.required"),
                        tuple("amountCents", "field.not-positive"), tuple("validFrom", "field.required"),
                        tuple("validTo", "field.required"), tuple("categories", "field.required"),
                        tuple("target", "field.unknown-value"));
    }

    @Test
    void a_campaign_over_budget_is_refused_with_the_shortfall_and_writes_nothing() {
        Employer poor = allowances.employer("Fauché SA");
        allowances.fund(poor, 1_000);
        kit.employeeWithProfile(poor.id());
        kit.employeeWithProfile(poor.id());
        List<Long> before = allowances.allowanceRows();

        Answer answer = allowances.confirm(poor, new CampaignRequest("SUBSIDY", "Trop cher", 123_456, false, TODAY,
                LATER, List.of("CINEMA"), null, null, "ALL", null, List.of()));

        assertThat(answer.status()).isEqualTo(409);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo("budget.shortfall");
        assertThat(problem.parameters()).isEqualTo(Map.of("missing", "2459.12", "cost", "2469.12",
                "balance", "10.00"));
        assertThat(allowances.allowanceRows()).isEqualTo(before);
        assertThat(allowances.budgetBalance(poor.id())).isEqualTo(1_000);
    }

    @Test
    void a_target_matching_nobody_is_refused_and_writes_nothing() {
        List<Long> before = allowances.allowanceRows();

        Answer answer = allowances.confirm(employer, with("SUBSIDY", 500, false, TODAY, LATER, List.of("CINEMA"),
                null, null, "SITE", "Tombouctou", List.of()));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(kit.problem(answer).code()).isEqualTo("campaign.no-recipients");
        assertThat(kit.problem(answer).parameters()).isEmpty();
        assertThat(allowances.allowanceRows()).isEqualTo(before);
    }

    @ParameterizedTest(name = "Accept-Language: {0}")
    @CsvSource(delimiter = '|', value = {
            "en-GB,en;q=0.9|Invalid request|Some fields need correcting: see the message of each.|This field is "
                    + "required.|The amount is limited to €10,000.00 per employee (or per child): enter a smaller "
                    + "amount.|Not possible|The budget lacks €2,459.12 for this campaign (cost €2,469.12, budget "
                    + "available €10.00): record a transfer to fund the budget, or reduce the amount or the target, "
                    + "then try again.",
            "fr-FR,fr;q=0.9,en;q=0.5|Requête invalide|Certains champs sont à corriger : voyez le message de chacun."
                    + "|Ce champ est obligatoire.|Le montant est limité à 10\u202F000,00\u00A0€ par salarié (ou "
                    + "par enfant) : indiquez un montant plus petit.|Action impossible|Il manque "
                    + "2\u202F459,12\u00A0€ au budget pour cette campagne (coût 2\u202F469,12\u00A0€, budget "
                    + "disponible 10,00\u00A0€) : "
                    + "enregistrez un virement pour approvisionner le budget, ou réduisez le montant ou la cible, "
                    + "puis réessayez."})
    void a_preview_with_missing_fields_and_a_campaign_over_budget_are_worded_in_the_language_asked_with_the_same_codes(
            String acceptLanguage, String invalidTitle, String invalidDetail, String required, String tooLarge,
            String conflictTitle, String shortfall) {
        Employer poor = allowances.employer("Langues SA " + acceptLanguage.substring(0, 2));
        allowances.fund(poor, 1_000);
        kit.employeeWithProfile(poor.id());
        kit.employeeWithProfile(poor.id());
        CampaignRequest missingFields = new CampaignRequest("SUBSIDY", " ", 1_000_001, false, TODAY, null, List.of(),
                null, null, "ALL", null, List.of());
        CampaignRequest overBudget = new CampaignRequest("SUBSIDY", "Trop cher", 123_456, false, TODAY, LATER,
                List.of("CINEMA"), null, null, "ALL", null, List.of());

        Answer preview = kit.call(HttpRequest.POST("/api/v1/campaigns/preview", missingFields)
                .bearerAuth(poor.hrToken()).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage));
        Answer confirm = kit.call(HttpRequest.POST("/api/v1/campaigns", overBudget)
                .bearerAuth(poor.hrToken()).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage));

        assertThat(preview.status()).isEqualTo(400);
        assertThat(preview.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(ProblemDetail.MEDIA_TYPE));
        ProblemDetail invalid = kit.problem(preview);
        assertThat(invalid.code()).isEqualTo("request.invalid");
        assertThat(invalid.title()).isEqualTo(invalidTitle);
        assertThat(invalid.detail()).isEqualTo(invalidDetail);
        assertThat(invalid.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code,
                        ProblemDetail.FieldError::message)
                .containsExactlyInAnyOrder(tuple("name", "field.required", required),
                        tuple("amountCents", "campaign.amount-too-large", tooLarge),
                        tuple("validTo", "field.required", required),
                        tuple("categories", "field.required", required));
        assertThat(confirm.status()).isEqualTo(409);
        assertThat(confirm.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(ProblemDetail.MEDIA_TYPE));
        ProblemDetail over = kit.problem(confirm);
        assertThat(over.code()).isEqualTo("budget.shortfall");
        assertThat(over.parameters()).isEqualTo(Map.of("missing", "2459.12", "cost", "2469.12", "balance", "10.00"));
        assertThat(over.title()).isEqualTo(conflictTitle);
        assertThat(over.detail()).isEqualTo(shortfall);
    }

    @Test
    void only_hr_managers_run_campaigns() {
        String employeeToken = kit.signIn(kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employer.id()).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();

        assertThat(kit.postAs(employeeToken, "/api/v1/campaigns", good()).status()).isEqualTo(403);
        assertThat(allowances.get(employeeToken, "/api/v1/campaigns").status()).isEqualTo(403);
    }
}
