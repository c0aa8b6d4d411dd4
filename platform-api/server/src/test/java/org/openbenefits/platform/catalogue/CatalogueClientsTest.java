package org.openbenefits.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.AdvantageCodeApiClient;
import org.openbenefits.contract.api.catalogue.AdvantageCodeRequest;
import org.openbenefits.contract.api.catalogue.AdvantageCodeView;
import org.openbenefits.contract.api.catalogue.CatalogueApiClient;
import org.openbenefits.contract.api.catalogue.CatalogueOfferView;
import org.openbenefits.contract.api.catalogue.OfferAdminApiClient;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.ShippingSettingsApiClient;
import org.openbenefits.contract.api.catalogue.ShippingSettingsRequest;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.BearerTokenForClients;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;
import org.openbenefits.testkit.embedded.FreePorts;

/**
 * The catalogue clients of the contract, as the portals will use them, against the running server: every method
 * once, with the person's token passed on ({@link BearerTokenForClients}).
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueClientsTest implements TestPropertyProvider {

    private final int port = FreePorts.next();

    @Inject
    IdentityTestKit kit;
    @Inject
    BearerTokenForClients bearer;
    @Inject
    OfferAdminApiClient offers;
    @Inject
    CatalogueApiClient catalogue;
    @Inject
    ShippingSettingsApiClient shipping;
    @Inject
    AdvantageCodeApiClient codes;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(
                TestInfrastructure.get().micronautProperties("platform_catalogue_clients"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        properties.put("micronaut.server.port", Integer.toString(port));
        properties.put("micronaut.http.services.platform-api.url", "http://127.0.0.1:" + port);
        return properties;
    }

    @Test
    void an_admin_stocks_an_offer_and_the_employee_finds_it_through_the_clients() {
        long employerId = kit.employer("Clients Catalogue SA").id();
        UserAccountRow employee = kit.employeeWithProfile(employerId);
        UserAccountRow admin = kit.account(Role.PLATFORM_ADMIN, AccountStatus.ACTIVE, null);

        use(admin);
        OfferAdminView created = offers.create(new OfferRequest("Musée Grévin", "Entrée adulte.", "MUSEUMS",
                "E_TICKET", 2_500, 1_900, "", "Valable 1 an", 4, List.of()));
        offers.edit(created.id(), new OfferRequest("Musée Grévin — entrée", "Entrée adulte.", "MUSEUMS", "E_TICKET",
                2_500, 1_800, "", "Valable 1 an", 4, List.of()));
        offers.publish(created.id());
        byte[] file = "GREVIN-1\nGREVIN-2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(offers.uploadCodes(created.id(), file).availableStock()).isEqualTo(2);
        HttpClientResponseException isCodes = assertThrows(HttpClientResponseException.class,
                () -> offers.setStock(created.id(), new StockRequest(10L)));
        assertThat(isCodes.getResponse().getBody(ProblemDetail.class).orElseThrow().code())
                .isEqualTo("offer.stock-is-codes");
        OfferAdminView other = offers.create(new OfferRequest("Livre", "Poche.", "BOOKS", "POSTAL", 900, 800, "", "",
                2, List.of()));
        assertThat(offers.setStock(other.id(), new StockRequest(7L)).availableStock()).isEqualTo(7);
        assertThat(offers.unpublish(other.id()).published()).isFalse();
        assertThat(offers.offers()).extracting(OfferAdminView::title).contains("Musée Grévin — entrée", "Livre");
        assertThat(offers.offer(created.id()).lowStock()).isTrue();
        OfferAdminView poster = offers.create(new OfferRequest("Affiche", "Illustrée.", "MUSEUMS", "POSTAL", 900, 800,
                "", "", 2, List.of()));
        assertThat(offers.image(poster.id()).code()).as("no picture yet").isEqualTo(404);
        assertThat(offers.setPngImage(poster.id(), picture("png")).hasImage()).isTrue();
        assertThat(offers.setJpegImage(poster.id(), picture("jpeg")).hasImage()).isTrue();
        HttpResponse<byte[]> stored = offers.image(poster.id());
        assertThat(stored.code()).isEqualTo(200);
        assertThat(stored.getContentType()).contains(MediaType.IMAGE_JPEG_TYPE);
        assertThat(stored.body()).isNotEmpty();
        assertThat(shipping.change(new ShippingSettingsRequest(390L, 4_000L)).feeCents()).isEqualTo(390);
        AdvantageCodeView code = codes.create(new AdvantageCodeRequest("GREVIN", "AMOUNT_OFF", null, 300L,
                List.of("MUSEUMS"), null, null, null, null, null, null));
        assertThat(codes.disable(code.id()).disabled()).isTrue();
        assertThat(codes.codes()).extracting(AdvantageCodeView::code).contains("GREVIN");

        use(employee);
        assertThat(catalogue.offers("grevin", "MUSEUMS", null, null, null, "PRICE_ASC", 0, 10).items())
                .extracting(CatalogueOfferView::title).containsExactly("Musée Grévin — entrée");
        assertThat(catalogue.offer(created.id()).availability()).isEqualTo("LOW");
        assertThat(catalogue.offer(created.id()).hasImage()).isFalse();
        assertThat(catalogue.image(created.id()).code()).as("no picture yet").isEqualTo(404);
        assertThat(shipping.settings().freeFromCents()).isEqualTo(4_000);
    }

    private static byte[] picture(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), format, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    private void use(UserAccountRow account) {
        bearer.use(null);
        bearer.use(kit.signIn(account.email(), IdentityTestKit.GOOD_PASSWORD).accessToken());
    }
}
