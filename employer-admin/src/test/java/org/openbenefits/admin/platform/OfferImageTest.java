package org.openbenefits.admin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.admin.AdminPortalTest;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.testing.Pages;

/**
 * Platform admins give an offer its picture from the offer's page: a PNG or JPEG file sent with the page's token, the
 * picture then shown there (passed on from platform-api); what platform-api refuses is said beside the file field.
 */
@MicronautTest
class OfferImageTest extends AdminPortalTest {

    private static final String ADMIN = "PLATFORM_ADMIN";

    private static byte[] picture(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private HttpResponse<String> send(long offerId, byte[] file, String cookie) {
        return upload("/plateforme/offres/" + offerId + "/image?csrfToken=" + CSRF, "image", "affiche.png", file,
                cookie);
    }

    private HttpResponse<byte[]> image(long offerId, String cookie) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        server.getURI().resolve("/plateforme/offres/" + offerId + "/image"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void an_offers_page_without_a_picture_says_so_and_offers_the_file_field() {
        OfferAdminView books = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 4);

        String page = pages().get("/plateforme/offres/" + books.id(), "Cookie", signedIn(ADMIN)).body();

        assertThat(page).contains("<h2 id=\"picture-heading\" class=\"h4\">Image</h2>",
                "Pas encore d’image : le catalogue montre l’offre sans image.",
                "<label class=\"form-label\" for=\"image-file\">Image de l’offre</label>",
                "accept=\"image/png,image/jpeg,.png,.jpg,.jpeg\"", "PNG ou JPEG, 5 Mo au plus.",
                "/plateforme/offres/" + books.id() + "/image?csrfToken=", ">Envoyer l’image</button>")
                .doesNotContain("id=\"offer-picture\"");
        assertThat(pages().get("/plateforme/offres/nouvelle", "Cookie", signedIn(ADMIN)).body())
                .as("a new offer has no picture yet").doesNotContain("picture-heading");
    }

    @Test
    void a_png_is_sent_then_shown_on_the_offers_page_and_passed_on_as_jpeg() throws Exception {
        OfferAdminView books = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 4);

        HttpResponse<String> sent = send(books.id(), picture("png", 64, 32), signedIn(ADMIN));

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).contains("/plateforme/offres/" + books.id());
        String page = follow(sent, signedIn(ADMIN)).body();
        assertThat(page).contains("Image de « Coffret livres » enregistrée.",
                "src=\"/plateforme/offres/" + books.id() + "/image\"", "alt=\"Image de l’offre « Coffret livres »\"",
                ">Remplacer l’image</button>").doesNotContain("Pas encore d’image");
        assertThat(catalogueApi.calls()).contains("PUT /api/v1/platform/offers/" + books.id() + "/image");
        HttpResponse<byte[]> shown = image(books.id(), signedIn(ADMIN));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/jpeg"));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(shown.body()));
        assertThat(read.getWidth()).isEqualTo(64);
        assertThat(read.getHeight()).isEqualTo(32);

        HttpResponse<String> jpeg = send(books.id(), picture("jpeg", 20, 20), signedIn(ADMIN));
        assertThat(jpeg.statusCode()).as("a JPEG replaces it").isEqualTo(303);
        assertThat(ImageIO.read(new ByteArrayInputStream(image(books.id(), signedIn(ADMIN)).body())).getWidth())
                .isEqualTo(20);
    }

    @Test
    void no_file_a_file_that_is_no_picture_and_platform_apis_refusals_are_said_beside_the_field() throws Exception {
        OfferAdminView books = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 4);
        byte[] png = picture("png", 10, 10);
        byte[] broken = Arrays.copyOf(png, 20);
        byte[] heavy = Arrays.copyOf(png, 6 * 1024 * 1024);

        HttpResponse<String> noFile = send(books.id(), new byte[0], signedIn(ADMIN));
        HttpResponse<String> text = send(books.id(), "pas une image".getBytes(StandardCharsets.UTF_8),
                signedIn(ADMIN));
        HttpResponse<String> unreadable = send(books.id(), broken, signedIn(ADMIN));
        HttpResponse<String> tooLarge = send(books.id(), heavy, signedIn(ADMIN));
        HttpResponse<String> english = send(books.id(), broken,
                signedIn(ADMIN) + "; " + COOKIES.language() + "=" + Language.ENGLISH.tag());

        assertThat(List.of(noFile, text, unreadable, tooLarge, english)).allSatisfy(refused -> {
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"image-error\"", "aria-invalid=\"true\"").doesNotContain("[API");
        });
        assertThat(noFile.body()).contains("Choisissez l’image à envoyer, au format PNG ou JPEG.");
        assertThat(text.body()).contains("Ce fichier n’est pas une image PNG ou JPEG lisible : choisissez une photo");
        assertThat(unreadable.body()).contains("Ce fichier n’est pas une image PNG ou JPEG lisible : choisissez une photo");
        assertThat(tooLarge.body()).contains("Cette image est trop lourde : 5 Mo au plus.");
        assertThat(english.body()).contains("This file is not a readable PNG or JPEG picture: choose a photo");
        assertThat(catalogueApi.calls()).as("only the files that look like pictures reach platform-api")
                .filteredOn(call -> call.startsWith("PUT ")).hasSize(3);
        assertThat(catalogueApi.offer(books.id()).hasImage()).isFalse();
    }

    @Test
    void a_file_over_the_portals_upload_limit_gets_the_page_again_with_the_limit() throws Exception {
        OfferAdminView books = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 4);

        HttpResponse<String> huge = send(books.id(), new byte[11 * 1024 * 1024], signedIn(ADMIN));

        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("id=\"image-error\"", "Cette image est trop lourde : 5 Mo au plus.");
    }

    @Test
    void an_unknown_offer_or_one_without_a_picture_has_none_to_show() throws Exception {
        OfferAdminView books = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 4);

        assertThat(image(books.id(), signedIn(ADMIN)).statusCode()).isEqualTo(404);
        assertThat(image(987_654, signedIn(ADMIN)).statusCode()).isEqualTo(404);
        assertThat(send(987_654, picture("png", 10, 10), signedIn(ADMIN)).statusCode()).isEqualTo(404);
    }

    @Test
    void hr_managers_and_support_agents_may_neither_see_nor_send_a_picture_and_the_token_is_required()
            throws Exception {
        OfferAdminView books = catalogueApi.add("Coffret livres", "BOOKS", "POSTAL", 3_000, 2_500, false, 4);
        for (String role : List.of("HR_MANAGER", "SUPPORT_AGENT")) {
            assertThat(send(books.id(), picture("png", 10, 10), signedIn(role)).statusCode()).as(role).isEqualTo(403);
            assertThat(image(books.id(), signedIn(role)).statusCode()).as(role).isEqualTo(403);
        }

        HttpResponse<String> noToken = upload("/plateforme/offres/" + books.id() + "/image", "image", "affiche.png",
                picture("png", 10, 10), signedIn(ADMIN));

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(Pages.heading(noToken.body())).isEqualTo("Cette page a expiré");
        assertThat(catalogueApi.calls()).isEmpty();
    }
}
