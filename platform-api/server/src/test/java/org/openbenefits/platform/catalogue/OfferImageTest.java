package org.openbenefits.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.CatalogueOfferDetail;
import org.openbenefits.contract.api.catalogue.CataloguePage;
import org.openbenefits.contract.api.catalogue.CatalogueOfferView;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Admins upload an offer's picture, shrunk to fit 800 x 800 and stored as JPEG; employees who may see the offer get
 * it with a Cache-Control header, others a 404.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferImageTest implements TestPropertyProvider {

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_images"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    private OfferAdminView published(List<Long> employerIds) {
        OfferAdminView offer = kit.read(kit.postAs(allowances.adminToken(), "/api/v1/platform/offers",
                new OfferRequest("Affiche", "Avec image.", "MUSEUMS", "E_TICKET", 1_000, 900, null, null, null,
                        employerIds)), OfferAdminView.class);
        kit.postAs(allowances.adminToken(), "/api/v1/platform/offers/" + offer.id() + "/publication", "");
        return offer;
    }

    private Answer upload(String token, String id, byte[] image) {
        return kit.call(HttpRequest.PUT("/api/v1/platform/offers/" + id + "/image", image)
                .contentType(MediaType.IMAGE_PNG_TYPE).bearerAuth(token));
    }

    private String employeeOf(long employerId) {
        return kit.signIn(kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employerId).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();
    }

    @Test
    void an_uploaded_picture_is_shrunk_to_fit_and_served_with_caching_to_employees_who_see_the_offer()
            throws IOException {
        Employer employer = allowances.employer("Images SA");
        Employer other = allowances.employer("Autres images SA");
        OfferAdminView offer = published(List.of());
        OfferAdminView restricted = published(List.of(other.id()));
        String employee = employeeOf(employer.id());

        Answer stored = upload(allowances.adminToken(), Long.toString(offer.id()), png(1600, 400));
        upload(allowances.adminToken(), Long.toString(restricted.id()), png(100, 100));

        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        HttpResponse<byte[]> served = http.toBlocking().exchange(HttpRequest
                .GET("/api/v1/catalogue/offers/" + offer.id() + "/image").accept(MediaType.IMAGE_JPEG_TYPE)
                .bearerAuth(employee), byte[].class);
        assertThat(served.getContentType()).contains(MediaType.IMAGE_JPEG_TYPE);
        assertThat(served.header("Cache-Control")).isEqualTo("private, max-age=86400");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(200);

        OfferAdminView bare = published(List.of());
        assertThat(kit.read(kit.call(HttpRequest.GET("/api/v1/catalogue/offers/" + offer.id()).bearerAuth(employee)),
                CatalogueOfferDetail.class).hasImage()).as("the offer's page says it has a picture").isTrue();
        assertThat(kit.read(kit.call(HttpRequest.GET("/api/v1/catalogue/offers/" + bare.id()).bearerAuth(employee)),
                CatalogueOfferDetail.class).hasImage()).as("and says so of one without").isFalse();
        CataloguePage listed = kit.read(kit.call(HttpRequest.GET("/api/v1/catalogue/offers?size=200")
                .bearerAuth(employee)), CataloguePage.class);
        assertThat(listed.items()).filteredOn(item -> item.id() == offer.id())
                .extracting(CatalogueOfferView::hasImage).containsExactly(true);
        assertThat(listed.items()).filteredOn(item -> item.id() == bare.id())
                .extracting(CatalogueOfferView::hasImage).containsExactly(false);

        Answer restrictedAway = kit.call(HttpRequest.GET("/api/v1/catalogue/offers/" + restricted.id() + "/image")
                .accept(MediaType.IMAGE_JPEG_TYPE).bearerAuth(employee));
        Answer without = kit.call(HttpRequest.GET("/api/v1/catalogue/offers/" + bare.id() + "/image")
                .accept(MediaType.IMAGE_JPEG_TYPE).bearerAuth(employee));
        assertThat(List.of(restrictedAway, without)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(kit.problem(answer).code()).isEqualTo("resource.not-found");
        });
    }

    @Test
    void admins_see_whether_an_offer_has_a_picture_and_get_it_even_unpublished() throws IOException {
        OfferAdminView draft = kit.read(kit.postAs(allowances.adminToken(), "/api/v1/platform/offers",
                new OfferRequest("Brouillon illustré", "Pas encore publié.", "BOOKS", "POSTAL", 1_500, 1_200, null,
                        null, null, List.of())), OfferAdminView.class);
        assertThat(draft.hasImage()).isFalse();
        Answer none = kit.call(HttpRequest.GET("/api/v1/platform/offers/" + draft.id() + "/image")
                .accept(MediaType.IMAGE_JPEG_TYPE).bearerAuth(allowances.adminToken()));
        assertThat(none.status()).isEqualTo(404);
        assertThat(kit.problem(none).code()).isEqualTo("resource.not-found");

        Answer stored = upload(allowances.adminToken(), Long.toString(draft.id()), png(300, 600));

        assertThat(kit.read(stored, OfferAdminView.class).hasImage()).isTrue();
        assertThat(List.of(kit.read(kit.call(HttpRequest.GET("/api/v1/platform/offers")
                .bearerAuth(allowances.adminToken())), OfferAdminView[].class)))
                .filteredOn(offer -> offer.id() == draft.id()).extracting(OfferAdminView::hasImage)
                .containsExactly(true);
        HttpResponse<byte[]> served = http.toBlocking().exchange(HttpRequest
                .GET("/api/v1/platform/offers/" + draft.id() + "/image").accept(MediaType.IMAGE_JPEG_TYPE)
                .bearerAuth(allowances.adminToken()), byte[].class);
        assertThat(served.getContentType()).contains(MediaType.IMAGE_JPEG_TYPE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.body()));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(600);
        Answer unknown = kit.call(HttpRequest.GET("/api/v1/platform/offers/987654/image")
                .accept(MediaType.IMAGE_JPEG_TYPE).bearerAuth(allowances.adminToken()));
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void a_file_that_is_not_a_picture_or_an_unknown_offer_is_refused() throws IOException {
        OfferAdminView offer = published(List.of());

        Answer unreadable = upload(allowances.adminToken(), Long.toString(offer.id()),
                "pas une image".getBytes(StandardCharsets.UTF_8));
        Answer unknown = upload(allowances.adminToken(), "987654", png(10, 10));
        Answer tooLarge = upload(allowances.adminToken(), Long.toString(offer.id()),
                new byte[(int) SetOfferImage.MAX_BYTES + 1]);

        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(kit.problem(tooLarge).errors()).extracting(ProblemDetail.FieldError::field,
                ProblemDetail.FieldError::code).containsExactly(tuple("image", "field.too-large"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(kit.problem(unreadable).errors()).extracting(ProblemDetail.FieldError::field,
                ProblemDetail.FieldError::code).containsExactly(tuple("image",
                "offer.image-unreadable"));
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    @OutsideTheContract("ids that are not numbers and a JSON body, to see them refused")
    void a_bad_id_or_a_json_body_is_refused() throws IOException {
        Employer employer = allowances.employer("Images refus SA");

        assertThat(upload(allowances.adminToken(), "abc", png(10, 10)).status()).isEqualTo(400);
        assertThat(kit.call(HttpRequest.GET("/api/v1/catalogue/offers/abc/image").accept(MediaType.IMAGE_JPEG_TYPE)
                .bearerAuth(employeeOf(employer.id())))
                .status()).isEqualTo(400);
        assertThat(kit.call(HttpRequest.GET("/api/v1/platform/offers/abc/image").accept(MediaType.IMAGE_JPEG_TYPE)
                .bearerAuth(allowances.adminToken())).status()).isEqualTo(400);
        Answer json = kit.call(HttpRequest.PUT("/api/v1/platform/offers/1/image", Map.of("a", "b"))
                .bearerAuth(allowances.adminToken()));
        assertThat(json.status()).isEqualTo(415);
    }

    @Test
    void only_admins_upload_and_only_employees_fetch_from_the_catalogue() throws IOException {
        Employer employer = allowances.employer("Images rôles SA");
        OfferAdminView offer = published(List.of());

        assertThat(upload(employeeOf(employer.id()), Long.toString(offer.id()), png(10, 10)).status()).isEqualTo(403);
        assertThat(upload(employer.hrToken(), Long.toString(offer.id()), png(10, 10)).status()).isEqualTo(403);
        assertThat(kit.call(HttpRequest.GET("/api/v1/catalogue/offers/" + offer.id() + "/image")
                .accept(MediaType.IMAGE_JPEG_TYPE).bearerAuth(allowances.adminToken())).status()).isEqualTo(403);
        assertThat(kit.call(HttpRequest.GET("/api/v1/platform/offers/" + offer.id() + "/image")
                .accept(MediaType.IMAGE_JPEG_TYPE).bearerAuth(employeeOf(employer.id()))).status()).isEqualTo(403);
        assertThat(kit.call(HttpRequest.GET("/api/v1/platform/offers/" + offer.id() + "/image")
                .accept(MediaType.IMAGE_JPEG_TYPE).bearerAuth(employer.hrToken())).status()).isEqualTo(403);
    }
}
