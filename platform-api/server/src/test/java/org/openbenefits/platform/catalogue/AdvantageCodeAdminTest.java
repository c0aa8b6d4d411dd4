package org.openbenefits.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.AdvantageCodeRequest;
import org.openbenefits.contract.api.catalogue.AdvantageCodeView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** Platform admins create advantage codes, list them with their uses and disable them; nobody else may. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdvantageCodeAdminTest implements TestPropertyProvider {

    private static final String CODES = "/api/v1/platform/advantage-codes";

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_codes"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    @Test
    void an_admin_creates_codes_of_each_benefit_lists_them_and_disables_one() throws Exception {
        Employer employer = allowances.employer("Codes avantage SA");

        Answer percent = kit.postAs(allowances.adminToken(), CODES, new AdvantageCodeRequest(" noel10 ", "PERCENT_OFF",
                10, null, List.of("CINEMA", "SHOWS"), 2_000L, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                500, 1, employer.id()));
        Answer amount = kit.postAs(allowances.adminToken(), CODES, new AdvantageCodeRequest("MOINS5", "AMOUNT_OFF",
                null, 500L, List.of(), null, null, null, null, null, null));
        Answer shipping = kit.postAs(allowances.adminToken(), CODES, new AdvantageCodeRequest("PORTOFFERT",
                "FREE_SHIPPING", null, null, List.of(), null, null, null, null, null, null));

        assertThat(List.of(percent, amount, shipping)).allSatisfy(answer ->
                assertThat(answer.status()).as(answer.body()).isEqualTo(201));
        AdvantageCodeView noel = kit.read(percent, AdvantageCodeView.class);
        assertThat(noel.code()).isEqualTo("NOEL10");
        assertThat(noel.percent()).isEqualTo(10);
        assertThat(noel.categories()).containsExactly("CINEMA", "SHOWS");
        assertThat(noel.employerId()).isEqualTo(employer.id());
        assertThat(noel.uses()).isZero();
        assertThat(kit.read(amount, AdvantageCodeView.class).amountCents()).isEqualTo(500);

        Answer disabled = kit.postAs(allowances.adminToken(), CODES + "/" + noel.id() + "/disabling", "");
        Answer again = kit.postAs(allowances.adminToken(), CODES + "/" + noel.id() + "/disabling", "");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(kit.read(disabled, AdvantageCodeView.class).disabled()).isTrue();
        assertThat(again.status()).isEqualTo(200);

        Answer listed = allowances.get(allowances.adminToken(), CODES);
        List<AdvantageCodeView> all = json.readValue(listed.body(), Argument.listOf(AdvantageCodeView.class));
        assertThat(all).extracting(AdvantageCodeView::code, AdvantageCodeView::disabled, AdvantageCodeView::uses)
                .containsExactly(tuple("PORTOFFERT", false, 0L), tuple("MOINS5", false, 0L),
                        tuple("NOEL10", true, 0L));

        Answer taken = kit.postAs(allowances.adminToken(), CODES, new AdvantageCodeRequest("Noel10", "FREE_SHIPPING",
                null, null, List.of(), null, null, null, null, null, null));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(kit.problem(taken).code()).isEqualTo("advantage-code.taken");
        assertThat(kit.problem(taken).parameters()).containsEntry("code", "NOEL10");

        Answer unknown = kit.postAs(allowances.adminToken(), CODES + "/999999/disabling", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(kit.problem(unknown).code()).isEqualTo("resource.not-found");
    }

    @Test
    @OutsideTheContract("values outside the document's enums and bounds, to see each refused with its code")
    void every_field_at_fault_is_named_and_nothing_is_written() {
        long before = allowances.count("advantage_code");

        Answer answer = kit.postAs(allowances.adminToken(), CODES, new AdvantageCodeRequest("NO-EL", "PERCENT_OFF",
                150, null, List.of("CINE"), -1L, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 1), 0, null,
                999_999L));
        Answer missing = kit.postAs(allowances.adminToken(), CODES, new AdvantageCodeRequest(null, "GIFT", null, null,
                List.of(), null, null, null, null, null, null));
        Answer noAmount = kit.postAs(allowances.adminToken(), CODES, new AdvantageCodeRequest("MOINS", "AMOUNT_OFF",
                null, null, List.of(), null, null, null, null, null, null));
        Answer badId = kit.postAs(allowances.adminToken(), CODES + "/abc/disabling", "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(kit.problem(answer).errors()).extracting(ProblemDetail.FieldError::field,
                        ProblemDetail.FieldError::code)
                .containsExactlyInAnyOrder(tuple("code", "advantage-code.invalid-format"),
                        tuple("percent", "field.out-of-range"), tuple("categories", "field.unknown-value"),
                        tuple("minimumCents", "field.out-of-range"), tuple("expires", "advantage-code.ends-before-start"),
                        tuple("totalLimit", "field.out-of-range"), tuple("employerId", "offer.employers-unknown"));
        assertThat(kit.problem(missing).errors()).extracting(ProblemDetail.FieldError::field,
                ProblemDetail.FieldError::code).containsExactlyInAnyOrder(tuple("code", "field.required"),
                tuple("benefit", "field.unknown-value"));
        assertThat(kit.problem(noAmount).errors()).extracting(ProblemDetail.FieldError::field)
                .containsExactly("amountCents");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(allowances.count("advantage_code")).isEqualTo(before);
    }

    @Test
    void employees_and_hr_managers_cannot_reach_advantage_codes() {
        Employer employer = allowances.employer("Codes rôles SA");
        String employee = kit.signIn(kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employer.id()).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();

        for (String token : List.of(employee, employer.hrToken())) {
            assertThat(allowances.get(token, CODES).status()).isEqualTo(403);
            assertThat(kit.postAs(token, CODES, new AdvantageCodeRequest("PIRATE", "FREE_SHIPPING", null, null,
                    List.of(), null, null, null, null, null, null)).status()).isEqualTo(403);
        }
    }
}
