package org.openbenefits.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.testing.Pages;

/**
 * Platform admins set an offer's stock from its page: a count, or e-ticket codes uploaded as a file, whose refused
 * lines are named by their numbers and never by their codes.
 */
@MicronautTest
class OfferStockTest extends AdminPortalTest {

    private static final String ADMIN = "PLATFORM_ADMIN";

    private HttpResponse<String> sendCodes(long offerId, String codes, String cookie) {
        return upload("/plateforme/offres/" + offerId + "/codes?csrfToken=" + CSRF, "fichier", "codes.csv",
                codes.getBytes(StandardCharsets.UTF_8), cookie);
    }

    @Test
    void an_offers_page_shows_its_stock_with_the_count_form_and_for_an_e_ticket_the_codes_upload() {
        OfferAdminView books = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 4);
        OfferAdminView cinema = catalogueApi.add("Cinéma Pathé", "CINEMA", "E_TICKET", 1_300, 950, false, 0);

        String booksPage = pages().get("/plateforme/offres/" + books.id(), "Cookie", signedIn(ADMIN)).body();
        String cinemaPage = pages().get("/plateforme/offres/" + cinema.id(), "Cookie", signedIn(ADMIN)).body();

        assertThat(booksPage).contains("4 en stock", "Stock bas", ">Unités à vendre</label>",
                ">Enregistrer le stock</button>").doesNotContain("Fichier de codes e-billets");
        assertThat(cinemaPage).contains("0 en stock", "Épuisé", ">Fichier de codes e-billets</label>",
                "enctype=\"multipart/form-data\"", "/codes?csrfToken=", ">Envoyer les codes</button>");
    }

    @Test
    void a_count_is_set_and_said_on_the_offers_page() {
        OfferAdminView books = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 4);

        HttpResponse<String> set = postAs(ADMIN, "/plateforme/offres/" + books.id() + "/stock", java.util.Map.of("count", "25"));

        assertThat(set.statusCode()).isEqualTo(303);
        assertThat(set.headers().firstValue("Location")).contains("/plateforme/offres/" + books.id());
        assertThat(follow(set, signedIn(ADMIN)).body()).contains("Stock de « Coffret livres » enregistré : 25 à vendre.",
                "25 en stock").doesNotContain("Stock bas");
        assertThat(catalogueApi.offer(books.id()).availableStock()).isEqualTo(25);
    }

    @Test
    void a_count_that_is_no_number_or_out_of_range_is_refused_beside_the_field() {
        OfferAdminView books = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 4);

        HttpResponse<String> notANumber = postAs(ADMIN, "/plateforme/offres/" + books.id() + "/stock",
                java.util.Map.of("count", "douze"));
        HttpResponse<String> tooMany = postAs(ADMIN, "/plateforme/offres/" + books.id() + "/stock",
                java.util.Map.of("count", "2000000"));

        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(notANumber.body()).contains("id=\"count-error\"",
                "Indiquez un nombre entier d’unités, de 0 à 1 000 000.", "value=\"douze\"");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("id=\"count-error\"", "Indiquez une valeur entre 0 et")
                .doesNotContain("[API");
        assertThat(catalogueApi.offer(books.id()).availableStock()).isEqualTo(4);
    }

    @Test
    void uploaded_codes_are_counted_and_the_offers_stock_becomes_its_codes() {
        OfferAdminView cinema = catalogueApi.add("Cinéma Pathé", "CINEMA", "E_TICKET", 1_300, 950, false, 0);

        HttpResponse<String> sent = sendCodes(cinema.id(), "CINE-7H2K-94QD\nCINE-Q8ZP-31LM\n\nCINE-LM40-22AA\n",
                signedIn(ADMIN));

        assertThat(sent.statusCode()).isEqualTo(303);
        String page = follow(sent, signedIn(ADMIN)).body();
        assertThat(page).contains("3 codes ajoutés à « Cinéma Pathé » : 3 à émettre.", "3 en stock",
                "(codes e-billets, 0 déjà émis)").doesNotContain(">Unités à vendre</label>", "CINE-7H2K-94QD");
        assertThat(catalogueApi.calls()).contains("POST /api/v1/platform/offers/" + cinema.id() + "/codes");
    }

    @Test
    void duplicate_codes_are_named_by_their_lines_never_by_their_values_and_none_is_added() {
        OfferAdminView cinema = catalogueApi.add("Cinéma Pathé", "CINEMA", "E_TICKET", 1_300, 950, false, 0);
        sendCodes(cinema.id(), "CINE-SECRET-0001\n", signedIn(ADMIN));

        HttpResponse<String> french = sendCodes(cinema.id(),
                "CINE-SECRET-0002\nCINE-SECRET-0001\nCINE-SECRET-0002\n", signedIn(ADMIN));
        HttpResponse<String> english = sendCodes(cinema.id(), "CINE-SECRET-0003\nCINE-SECRET-0003\n",
                signedIn(ADMIN) + "; " + COOKIES.language() + "=" + Language.ENGLISH.tag());

        assertThat(french.statusCode()).isEqualTo(422);
        assertThat(french.body()).contains("id=\"codes-error\"", "Aucun code n’a été ajouté :",
                "<li>Ligne 3 : ce code figure déjà ligne 1 du fichier.</li>",
                "<li>Ligne 2 : ce code est déjà enregistré pour cette offre.</li>")
                .doesNotContain("CINE-SECRET", "[API");
        assertThat(english.statusCode()).isEqualTo(422);
        assertThat(english.body()).contains("No code was added:",
                "<li>Line 2: this code is already on line 1 of the file.</li>").doesNotContain("CINE-SECRET");
        assertThat(catalogueApi.offer(cinema.id()).availableStock()).isEqualTo(1);
    }

    @Test
    void no_file_and_a_count_for_an_offer_of_codes_are_refused_with_the_reason() {
        OfferAdminView cinema = catalogueApi.addWithCodes("Cinéma Pathé", 8, 2);

        HttpResponse<String> noFile = sendCodes(cinema.id(), "", signedIn(ADMIN));
        HttpResponse<String> count = postAs(ADMIN, "/plateforme/offres/" + cinema.id() + "/stock",
                java.util.Map.of("count", "10"));

        assertThat(noFile.statusCode()).isEqualTo(422);
        assertThat(noFile.body()).contains("Choisissez le fichier de codes à envoyer.");
        assertThat(count.statusCode()).isEqualTo(409);
        assertThat(count.body()).contains("Le stock de cette offre est fait de codes e-billets",
                "(codes e-billets, 2 déjà émis)");
        assertThat(catalogueApi.offer(cinema.id()).availableStock()).isEqualTo(8);
    }

    @Test
    void hr_managers_and_support_agents_may_not_stock_an_offer_and_the_token_is_required() {
        OfferAdminView cinema = catalogueApi.add("Cinéma Pathé", "CINEMA", "E_TICKET", 1_300, 950, false, 0);
        for (String role : List.of("HR_MANAGER", "SUPPORT_AGENT")) {
            assertThat(postAs(role, "/plateforme/offres/" + cinema.id() + "/stock", java.util.Map.of("count", "5"))
                    .statusCode()).as(role).isEqualTo(403);
            assertThat(sendCodes(cinema.id(), "CINE-1\n", signedIn(role)).statusCode()).as(role).isEqualTo(403);
        }

        HttpResponse<String> noToken = upload("/plateforme/offres/" + cinema.id() + "/codes", "fichier", "codes.csv",
                "CINE-1\n".getBytes(StandardCharsets.UTF_8), signedIn(ADMIN));
        HttpResponse<String> countNoToken = pages().post("/plateforme/offres/" + cinema.id() + "/stock",
                java.util.Map.of("count", "5"), "Cookie", signedIn(ADMIN));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(countNoToken.statusCode()).isEqualTo(403);
        assertThat(Pages.heading(countNoToken.body())).isEqualTo("Cette page a expiré");
        assertThat(catalogueApi.calls()).isEmpty();
    }
}
