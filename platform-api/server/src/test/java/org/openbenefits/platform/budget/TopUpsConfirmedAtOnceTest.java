package org.openbenefits.platform.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.TopUpRequest;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** Where the platform confirms top-ups at once (the local demo), HR's transfer credits the budget straight away. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopUpsConfirmedAtOnceTest implements TestPropertyProvider {

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_at_once"));
        properties.put("platform.budget.confirm-top-ups-at-once", "true");
        return properties;
    }

    @Test
    void a_recorded_top_up_is_confirmed_and_credited_at_once() {
        Employer employer = allowances.employer("Démo SA");

        TopUpView topUp = kit.read(kit.postAs(employer.hrToken(), "/api/v1/budget/top-ups",
                new TopUpRequest(70_000, "VIR-DEMO")), TopUpView.class);

        assertThat(topUp.status()).isEqualTo("CONFIRMED");
        assertThat(topUp.decidedAt()).isNotNull();
        assertThat(allowances.budgetBalance(employer.id())).isEqualTo(70_000);
    }
}
