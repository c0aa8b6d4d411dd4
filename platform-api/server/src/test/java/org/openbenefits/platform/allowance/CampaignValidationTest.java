package org.openbenefits.platform.allowance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.web.ProblemException;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** Every bad campaign is refused with a clear French error on the field at fault, and writes nothing. */
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
                        List.of()), "amountCents", "supérieur à zéro"),
                Arguments.of("a negative amount", with("SUBSIDY", -500, false, TODAY, LATER, cinema, null, null, "ALL",
                        null, List.of()), "amountCents", "supérieur à zéro"),
                Arguments.of("a validity ending before it starts", with("SUBSIDY", 500, false, LATER, TODAY, cinema,
                        null, null, "ALL", null, List.of()), "validTo", "précède"),
                Arguments.of("a validity already over", with("SUBSIDY", 500, false, TODAY.minusMonths(2),
                        TODAY.minusDays(1), cinema, null, null, "ALL", null, List.of()), "validTo", "déjà passé"),
                Arguments.of("no category", with("SUBSIDY", 500, false, TODAY, LATER, List.of(), null, null, "ALL",
                        null, List.of()), "categories", "au moins une catégorie"),
                Arguments.of("a non-cultural category on a culture cheque", with("CULTURE_CHEQUE", 500, false, TODAY,
                        LATER, List.of("BOOKS", "PARKS"), null, null, "ALL", null, List.of()), "categories",
                        "retirez PARKS"),
                Arguments.of("an unknown category", with("SUBSIDY", 500, false, TODAY, LATER, List.of("CASINO"), null,
                        null, "ALL", null, List.of()), "categories", "CASINO"),
                Arguments.of("any category on a subsidy", with("SUBSIDY", 500, false, TODAY, LATER, List.of("*"), null,
                        null, "ALL", null, List.of()), "categories", "chèque cadeau"),
                Arguments.of("a share cap on a gift cheque", with("GIFT_CHEQUE", 500, false, TODAY, LATER,
                        List.of("*"), 50, null, "ALL", null, List.of()), "maxSharePercent", "subventions"),
                Arguments.of("a share cap over 100", with("SUBSIDY", 500, false, TODAY, LATER, cinema, 120, null,
                        "ALL", null, List.of()), "maxSharePercent", "entre 1 et 100"),
                Arguments.of("an URSSAF event on a subsidy", with("SUBSIDY", 500, false, TODAY, LATER, cinema, null,
                        "NOEL_SALARIE", "ALL", null, List.of()), "urssafEvent", "chèques cadeaux"),
                Arguments.of("per child without a children's event", with("GIFT_CHEQUE", 500, true, TODAY, LATER,
                        List.of("*"), null, "NOEL_SALARIE", "ALL", null, List.of()), "perChild", "par enfant"),
                Arguments.of("children's Christmas as a flat amount", with("GIFT_CHEQUE", 500, false, TODAY, LATER,
                        List.of("*"), null, "NOEL_ENFANT", "ALL", null, List.of()), "perChild",
                        "Pour Noël des enfants et la rentrée scolaire, le montant est versé par enfant : cochez "
                                + "« Montant par enfant »."),
                Arguments.of("back to school as a flat amount", with("GIFT_CHEQUE", 500, false, TODAY, LATER,
                        List.of("*"), null, "RENTREE_SCOLAIRE", "ALL", null, List.of()), "perChild",
                        "cochez « Montant par enfant »"),
                Arguments.of("an amount over 10,000 euros", with("SUBSIDY", 1_000_001, false, TODAY, LATER, cinema,
                        null, null, "ALL", null, List.of()), "amountCents", "limité à 10\u202F000,00\u00A0€"),
                Arguments.of("a per-child amount over 10,000 euros", with("GIFT_CHEQUE", 1_000_001, true, TODAY,
                        LATER, List.of("*"), null, "NOEL_ENFANT", "ALL", null, List.of()), "amountCents",
                        "par salarié (ou par enfant)"),
                Arguments.of("the largest long amount", with("SUBSIDY", Long.MAX_VALUE, false, TODAY, LATER, cinema,
                        null, null, "ALL", null, List.of()), "amountCents", "limité à"),
                Arguments.of("a department target without a department", with("SUBSIDY", 500, false, TODAY, LATER,
                        cinema, null, null, "DEPARTMENT", " ", List.of()), "targetValue", "service"),
                Arguments.of("no target", with("SUBSIDY", 500, false, TODAY, LATER, cinema, null, null, null, null,
                        List.of()), "target", "tous les salariés"),
                Arguments.of("an empty list", with("SUBSIDY", 500, false, TODAY, LATER, cinema, null, null, "LIST",
                        null, List.of()), "employeeIds", "au moins un salarié"));
    }

    @ParameterizedTest(name = "{0} is refused on its field and writes nothing")
    @MethodSource("badCampaigns")
    void a_bad_campaign_is_refused_on_its_field_and_writes_nothing(String why, CampaignRequest request, String field,
                                                                   String message) {
        List<Long> before = allowances.allowanceRows();

        Answer confirmed = allowances.confirm(employer, request);
        Answer previewed = kit.postAs(employer.hrToken(), "/api/v1/campaigns/preview", request);

        for (Answer answer : List.of(confirmed, previewed)) {
            assertThat(answer.status()).isEqualTo(400);
            ProblemDetail problem = kit.problem(answer);
            assertThat(problem.code()).isEqualTo(ProblemCodes.VALIDATION_FAILED);
            assertThat(problem.errors()).anySatisfy(error -> {
                assertThat(error.field()).isEqualTo(field);
                assertThat(error.message()).contains(message);
            });
        }
        assertThat(allowances.allowanceRows()).isEqualTo(before);
    }

    @Test
    void unknown_and_other_employers_employees_make_one_error_saying_how_many() {
        List<Long> before = allowances.allowanceRows();

        Answer answer = allowances.confirm(employer, with("SUBSIDY", 500, false, TODAY, LATER, List.of("CINEMA"),
                null, null, "LIST", null, List.of(employeeId, otherEmployersEmployee, 987_654_321L)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("employeeIds");
            assertThat(error.message()).startsWith("2 salariés de la liste sont inconnus");
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
            assertThat(kit.problem(answer).code()).isEqualTo(ProblemCodes.VALIDATION_FAILED);
            assertThat(kit.problem(answer).errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("employeeIds");
                assertThat(error.message()).isEqualTo("2 salariés de la liste ne sont plus actifs (comptes "
                        + "désactivés ou supprimés) et ne peuvent rien recevoir : retirez-les de la liste, ou "
                        + "réactivez leur compte d'abord.");
            });
        }
        assertThat(kit.problem(one).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("employeeIds");
            assertThat(error.message()).startsWith("1 salarié de la liste est inconnu")
                    .contains("1 salarié de la liste n'est plus actif (compte désactivé ou supprimé)");
        });
        assertThat(allowances.allowanceRows()).isEqualTo(before);
    }

    @Test
    void a_total_that_overflows_is_a_field_error_never_a_server_error() {
        Recipients.Recipient big = new Recipients.Recipient(1, "A", "B",
                org.openbenefits.domain.money.Money.ofCents(Long.MAX_VALUE / 2 + 1), List.of());

        assertThatThrownBy(() -> Recipients.total(List.of(big, big)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().getCode()).isEqualTo(400);
                    assertThat(problem.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("amountCents");
                        assertThat(error.message()).contains("réduisez le montant");
                    });
                });
        assertThat(Recipients.total(List.of(big)).cents()).isEqualTo(Long.MAX_VALUE / 2 + 1);
    }

    @Test
    void every_field_at_fault_is_named_in_one_answer() {
        Answer answer = allowances.confirm(employer, new CampaignRequest(null, " ", 0, false, null, null, List.of(),
                null, null, "NOBODY", null, List.of()));

        assertThat(kit.problem(answer).errors()).extracting(ProblemDetail.FieldError::field)
                .containsExactlyInAnyOrder("kind", "name", "amountCents", "validFrom", "validTo", "categories",
                        "target");
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
        assertThat(problem.code()).isEqualTo(ProblemCodes.INSUFFICIENT_BUDGET);
        assertThat(problem.detail()).startsWith("Il manque 2\u202F459,12\u00A0€ au budget")
                .contains("enregistrez un virement");
        assertThat(allowances.allowanceRows()).isEqualTo(before);
        assertThat(allowances.budgetBalance(poor.id())).isEqualTo(1_000);
    }

    @Test
    void a_target_matching_nobody_is_refused_and_writes_nothing() {
        List<Long> before = allowances.allowanceRows();

        Answer answer = allowances.confirm(employer, with("SUBSIDY", 500, false, TODAY, LATER, List.of("CINEMA"),
                null, null, "SITE", "Tombouctou", List.of()));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(kit.problem(answer).code()).isEqualTo(ProblemCodes.NO_RECIPIENTS);
        assertThat(allowances.allowanceRows()).isEqualTo(before);
    }

    @Test
    void only_hr_managers_run_campaigns() {
        String employeeToken = kit.signIn(kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employer.id()).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();

        assertThat(kit.postAs(employeeToken, "/api/v1/campaigns", good()).status()).isEqualTo(403);
        assertThat(allowances.get(employeeToken, "/api/v1/campaigns").status()).isEqualTo(403);
    }
}
