package org.openbenefits.admin.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.testing.Pages;

/** The campaigns list, a campaign's page with its grants, and revoking a grant. */
@MicronautTest
class CampaignPagesTest extends AdminPortalTest {

    /** Distributes a 50 € subsidy on cinema to Camille Martin and Paul Girard; answers the campaign's id. */
    private long cinemaSubsidy() {
        allowanceApi.fund(1_000_000, "VIR-1");
        allowanceApi.addRecipient(100, "Camille Martin", 0);
        allowanceApi.addRecipient(101, "Paul Girard", 0);
        List<String> fields = List.of("kind", "SUBSIDY", "name", "Cinéma 2026", "amount", "50",
                "validFrom", "2026-11-01", "validTo", "2026-12-31", "categories", "CINEMA", "maxSharePercent", "50",
                "target", "DEPARTMENT", "targetValue", "Comptabilité");
        String preview = postFields("HR_MANAGER", "/campagnes/apercu", fields).body();
        String fingerprint = preview.replaceAll("(?s).*name=\"previewed\" value=\"([0-9a-f]+)\".*", "$1");
        List<String> confirm = new java.util.ArrayList<>(fields);
        confirm.addAll(List.of("previewed", fingerprint));
        HttpResponse<String> confirmed = postFields("HR_MANAGER", "/campagnes", confirm);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(303);
        String location = confirmed.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void without_campaigns_the_list_invites_to_create_the_first() {
        String page = getAsHr("/campagnes").body();

        assertThat(Pages.heading(page)).isEqualTo("Campagnes de dotations");
        assertThat(page).contains("Aucune campagne pour l’instant",
                "href=\"/campagnes/nouvelle\">Créer une première campagne</a>");
    }

    @Test
    void the_list_shows_each_campaign_with_its_kind_amount_validity_and_figures() {
        long id = cinemaSubsidy();

        String page = getAsHr("/campagnes").body();

        assertThat(page).contains("href=\"/campagnes/" + id + "\">Cinéma 2026</a>", ">Subvention</td>",
                Euros.format(5_000), "par salarié", "du 01/11/2026 au 31/12/2026", Euros.format(10_000),
                ">Nouvelle campagne</a>");
    }

    @Test
    void a_campaigns_page_shows_its_parameters_figures_and_grants_each_active_one_revocable() {
        long id = cinemaSubsidy();

        String page = getAsHr("/campagnes/" + id).body();

        assertThat(Pages.heading(page)).isEqualTo("Cinéma 2026");
        assertThat(page).contains("Paramètres", "50 %", "Cinéma", "Un service", " : Comptabilité",
                "distribués (2 dotations)", "Camille Martin", "Paul Girard", ">Active</span>", "31/12/2026",
                "aria-label=\"Révoquer Camille Martin\"");
    }

    @Test
    void an_unknown_campaign_is_the_404_page() {
        HttpResponse<String> missing = getAsHr("/campagnes/424242");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Pages.heading(missing.body())).isEqualTo("Page introuvable");
    }

    @Test
    void revoking_a_grant_is_confirmed_first_then_its_unspent_balance_returns_to_the_budget() {
        long id = cinemaSubsidy();
        GrantView camille = allowanceApi.grantsOf(id).getFirst();
        allowanceApi.spend(camille.id(), 2_000);
        long before = allowanceApi.balance();
        String revocation = "/campagnes/" + id + "/dotations/" + camille.id() + "/revocation";

        String confirmation = getAsHr(revocation + "?page=1").body();
        HttpResponse<String> revoked = postAsHr(revocation + "?page=1", Map.of());

        assertThat(Pages.heading(confirmation)).isEqualTo("Révoquer cette dotation ?");
        assertThat(confirmation).contains("Camille Martin", "son solde non dépensé, " + Euros.format(3_000)
                + ", revient aussitôt au budget", ">Oui, révoquer</button>");
        assertThat(revoked.statusCode()).isEqualTo(303);
        String page = follow(revoked, signedIn("HR_MANAGER")).body();
        assertThat(page).contains("Dotation de Camille Martin révoquée : " + Euros.format(3_000)
                + " reviennent au budget.", ">Révoquée</span>");
        assertThat(allowanceApi.balance()).isEqualTo(before + 3_000);
    }

    @Test
    void a_grant_already_revoked_cannot_be_revoked_again_and_the_page_says_why() {
        long id = cinemaSubsidy();
        GrantView paul = allowanceApi.grantsOf(id).getLast();
        String revocation = "/campagnes/" + id + "/dotations/" + paul.id() + "/revocation";
        postAsHr(revocation, Map.of());

        HttpResponse<String> again = postAsHr(revocation, Map.of());

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("Cette dotation a déjà expiré ou été révoquée", "Retour à la campagne")
                .doesNotContain("Oui, révoquer");
    }

    @Test
    void a_grant_of_another_campaign_is_the_404_page() {
        long id = cinemaSubsidy();

        assertThat(getAsHr("/campagnes/" + id + "/dotations/999999/revocation").statusCode()).isEqualTo(404);
    }
}
