package org.openbenefits.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;
import org.openbenefits.generated.client.ApiClient;
import org.openbenefits.generated.client.model.BudgetView;
import org.openbenefits.generated.client.model.CampaignPreview;

/** The generated client, as the smoke test configures it, refuses answers that do not match the document. */
class GeneratedClientStrictnessTest {

    private final ObjectMapper strict = GeneratedClient.strict(ApiClient.createDefaultObjectMapper());

    @Test
    void an_answer_as_the_document_describes_it_is_read() throws JsonProcessingException {
        BudgetView budget = strict.readValue("""
                {"balanceCents": 500, "pendingTopUpsCents": 0, "topUps": []}""", BudgetView.class);

        assertThat(budget.getBalanceCents()).isEqualTo(500);
    }

    @Test
    void a_required_property_that_is_absent_is_refused() {
        assertThatThrownBy(() -> strict.readValue("""
                {"pendingTopUpsCents": 0, "topUps": []}""", BudgetView.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("[balanceCents]");
    }

    @Test
    void a_required_property_sent_as_null_is_refused() {
        assertThatThrownBy(() -> strict.readValue("""
                {"balanceCents": 500, "pendingTopUpsCents": null, "topUps": []}""", BudgetView.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("[pendingTopUpsCents]");
    }

    @Test
    void a_property_the_document_does_not_declare_is_refused() {
        assertThatThrownBy(() -> strict.readValue("""
                {"balanceCents": 500, "pendingTopUpsCents": 0, "topUps": [], "currency": "EUR"}""", BudgetView.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("currency");
    }

    @Test
    void a_number_sent_as_text_is_refused() {
        assertThatThrownBy(() -> strict.readValue("""
                {"recipients": "2", "totalCostCents": 16000, "budgetBalanceCents": 98000, "shortfallCents": 0}""",
                CampaignPreview.class)).isInstanceOf(MismatchedInputException.class);
    }
}
