package org.openbenefits.platform.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.ShippingSettingsRequest;
import org.openbenefits.contract.api.catalogue.ShippingSettingsView;
import org.openbenefits.contract.api.catalogue.StockCodesReport;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.AllowanceTestKit.Employer;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/**
 * Platform admins create, edit, publish and stock offers; e-ticket codes go in as CSV, all or none, and never come
 * back out; shipping settings are read by anyone signed in and set by admins only.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferAdminTest implements TestPropertyProvider {

    private static final String OFFERS = "/api/v1/platform/offers";

    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    Jdbc jdbc;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_offers"));
        properties.put("platform.security.rate-limit.requests-per-minute", "10000");
        return properties;
    }

    static OfferRequest cinema(String title) {
        return new OfferRequest(title, "Une place de cinéma, toutes séances.", "CINEMA", "E_TICKET", 1_200, 850,
                "Valable du lundi au dimanche.", "Valable 1 an", 8, List.of());
    }

    private OfferAdminView created(OfferRequest request) {
        Answer answer = kit.postAs(allowances.adminToken(), OFFERS, request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return kit.read(answer, OfferAdminView.class);
    }

    private Answer put(String token, String uri, Object body) {
        return kit.call(HttpRequest.PUT(uri, body).bearerAuth(token));
    }

    private Answer upload(long offerId, String csv) {
        return kit.call(HttpRequest.POST(OFFERS + "/" + offerId + "/codes", csv.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv")).bearerAuth(allowances.adminToken()));
    }

    @Test
    void an_admin_creates_an_unpublished_offer_without_stock_then_edits_publishes_and_stocks_it() {
        OfferAdminView offer = created(cinema("  Pathé — place 2D "));

        assertThat(offer.title()).isEqualTo("Pathé — place 2D");
        assertThat(offer.published()).isFalse();
        assertThat(offer.stockKind()).isEqualTo("COUNT");
        assertThat(offer.availableStock()).isZero();
        assertThat(offer.soldOut()).isTrue();
        assertThat(offer.maxPerOrder()).isEqualTo(8);

        Employer employer = allowances.employer("Restreinte SA");
        Answer edited = put(allowances.adminToken(), OFFERS + "/" + offer.id(),
                new OfferRequest("Pathé — place 4DX", "Séance 4DX.", "CINEMA", "E_TICKET", 1_900, 1_400, null,
                        "Valable 6 mois", null, List.of(employer.id())));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        OfferAdminView after = kit.read(edited, OfferAdminView.class);
        assertThat(after.title()).isEqualTo("Pathé — place 4DX");
        assertThat(after.employeePriceCents()).isEqualTo(1_400);
        assertThat(after.maxPerOrder()).isEqualTo(10);
        assertThat(after.conditions()).isEmpty();
        assertThat(after.employerIds()).containsExactly(employer.id());

        Answer published = kit.postAs(allowances.adminToken(), OFFERS + "/" + offer.id() + "/publication", "");
        assertThat(published.status()).isEqualTo(200);
        assertThat(kit.read(published, OfferAdminView.class).published()).isTrue();

        Answer low = put(allowances.adminToken(), OFFERS + "/" + offer.id() + "/stock", new StockRequest(5L));
        OfferAdminView lowView = kit.read(low, OfferAdminView.class);
        assertThat(lowView.availableStock()).isEqualTo(5);
        assertThat(lowView.lowStock()).isTrue();
        assertThat(lowView.soldOut()).isFalse();
        OfferAdminView plenty = kit.read(put(allowances.adminToken(), OFFERS + "/" + offer.id() + "/stock",
                new StockRequest(6L)), OfferAdminView.class);
        assertThat(plenty.lowStock()).isFalse();

        Answer unpublished = kit.call(HttpRequest.DELETE(OFFERS + "/" + offer.id() + "/publication")
                .bearerAuth(allowances.adminToken()));
        assertThat(unpublished.status()).isEqualTo(200);
        assertThat(kit.read(unpublished, OfferAdminView.class).published()).isFalse();

        Answer one = allowances.get(allowances.adminToken(), OFFERS + "/" + offer.id());
        assertThat(kit.read(one, OfferAdminView.class).availableStock()).isEqualTo(6);
        Answer listed = allowances.get(allowances.adminToken(), OFFERS);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("Pathé — place 4DX");
        assertThat(jdbc.number("SELECT COUNT(*) FROM audit_entry WHERE target = ?", "offer:" + offer.id()))
                .isEqualTo(6);
    }

    @Test
    @OutsideTheContract("fields the document's enums and bounds forbid, to see each refused with its code")
    void every_field_at_fault_is_named_with_its_code_and_nothing_is_written() {
        long before = allowances.count("offer");

        Answer answer = kit.postAs(allowances.adminToken(), OFFERS, new OfferRequest(" ", "x".repeat(2001), "CINE",
                null, 0, 2_000_000, null, "ok", 21, List.of(999_999L)));

        assertThat(answer.status()).isEqualTo(400);
        ProblemDetail problem = kit.problem(answer);
        assertThat(problem.code()).isEqualTo("request.invalid");
        assertThat(problem.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code)
                .containsExactlyInAnyOrder(tuple("title", "field.required"), tuple("description", "field.too-long"),
                        tuple("category", "field.unknown-value"), tuple("delivery", "field.required"),
                        tuple("publicPriceCents", "field.out-of-range"),
                        tuple("employeePriceCents", "field.out-of-range"), tuple("maxPerOrder", "field.out-of-range"),
                        tuple("employerIds", "offer.employers-unknown"));
        assertThat(allowances.count("offer")).isEqualTo(before);

        Answer above = kit.postAs(allowances.adminToken(), OFFERS, new OfferRequest("Parc", "Entrée", "PARKS",
                "POSTAL", 3_000, 3_001, null, null, null, List.of()));
        assertThat(kit.problem(above).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("employeePriceCents");
            assertThat(error.code()).isEqualTo("offer.employee-price-above-public");
            assertThat(error.parameters()).containsEntry("publicPrice", "30.00");
        });

        Answer editRefused = put(allowances.adminToken(), OFFERS + "/" + created(cinema("Refus")).id(),
                new OfferRequest("", "d", "CINEMA", "E_TICKET", 100, 100, null, null, null, List.of()));
        assertThat(editRefused.status()).isEqualTo(400);
        Answer stockRefused = put(allowances.adminToken(), OFFERS + "/" + created(cinema("Stock")).id() + "/stock",
                new StockRequest(-1L));
        assertThat(stockRefused.status()).isEqualTo(400);
        assertThat(kit.problem(stockRefused).errors()).extracting(ProblemDetail.FieldError::code)
                .containsExactly("field.out-of-range");
    }

    @Test
    void an_unknown_offer_is_not_found_on_every_route() {
        String admin = allowances.adminToken();
        String unknown = OFFERS + "/987654";

        List<Answer> answers = List.of(allowances.get(admin, unknown),
                put(admin, unknown, cinema("Nulle part")),
                kit.postAs(admin, unknown + "/publication", ""),
                kit.call(HttpRequest.DELETE(unknown + "/publication").bearerAuth(admin)),
                put(admin, unknown + "/stock", new StockRequest(3L)),
                upload(987654, "A1\n"));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(kit.problem(answer).code()).isEqualTo("resource.not-found");
        });
    }

    @Test
    @OutsideTheContract("ids that are not numbers, to see them refused")
    void an_id_that_is_not_a_number_is_refused() {
        String admin = allowances.adminToken();

        assertThat(allowances.get(admin, OFFERS + "/abc").status()).isEqualTo(400);
        assertThat(kit.postAs(admin, OFFERS + "/abc/publication", "").status()).isEqualTo(400);
        assertThat(kit.call(HttpRequest.DELETE(OFFERS + "/abc/publication").bearerAuth(admin)).status())
                .isEqualTo(400);
    }

    @Test
    void codes_go_in_all_or_none_are_counted_never_shown_and_turn_the_stock_into_codes() {
        OfferAdminView offer = created(cinema("Codes"));

        Answer added = upload(offer.id(), "\uFEFFSECRET-AAA-1\r\nSECRET-AAA-2\n\nsecret-aaa-1\n");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        StockCodesReport report = kit.read(added, StockCodesReport.class);
        assertThat(report.added()).isEqualTo(3);
        assertThat(report.availableStock()).isEqualTo(3);

        Answer refused = upload(offer.id(), "SECRET-AAA-9\nSECRET-AAA-2\nSECRET-AAA-9\nSECRET AAA\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("SECRET-AAA");
        assertThat(kit.problem(refused).errors()).extracting(ProblemDetail.FieldError::code)
                .containsExactly("stock.code-invalid");
        Answer duplicates = upload(offer.id(), "SECRET-AAA-9\nSECRET-AAA-2\nSECRET-AAA-9\n");
        ProblemDetail problem = kit.problem(duplicates);
        assertThat(problem.errors()).extracting(ProblemDetail.FieldError::field, ProblemDetail.FieldError::code,
                        ProblemDetail.FieldError::parameters)
                .containsExactlyInAnyOrder(
                        tuple("file", "stock.code-duplicate-in-file", Map.of("line", 3, "firstLine", 1)),
                        tuple("file", "stock.code-already-stored", Map.of("line", 2)));
        assertThat(duplicates.body()).doesNotContain("SECRET-AAA");
        assertThat(upload(offer.id(), "\n \n").body()).contains("stock.codes-empty");
        Answer notUtf8 = kit.call(HttpRequest.POST(OFFERS + "/" + offer.id() + "/codes", new byte[]{(byte) 0xC3, 0x28})
                .contentType(MediaType.of("text/csv")).bearerAuth(allowances.adminToken()));
        assertThat(kit.problem(notUtf8).errors()).extracting(ProblemDetail.FieldError::code)
                .containsExactly("stock.codes-not-utf8");
        assertThat(jdbc.number("SELECT COUNT(*) FROM offer_stock_code WHERE offer_id = ?", offer.id())).isEqualTo(3);

        Answer viewed = allowances.get(allowances.adminToken(), OFFERS + "/" + offer.id());
        OfferAdminView view = kit.read(viewed, OfferAdminView.class);
        assertThat(view.stockKind()).isEqualTo("CODES");
        assertThat(view.availableStock()).isEqualTo(3);
        assertThat(view.issuedCodes()).isZero();
        assertThat(viewed.body()).doesNotContain("SECRET");
        assertThat(allowances.get(allowances.adminToken(), OFFERS).body()).doesNotContain("SECRET");
        assertThat(jdbc.number("SELECT COUNT(*) FROM audit_entry WHERE details LIKE '%SECRET%'")).isZero();

        jdbc.update("UPDATE offer_stock_code SET issued = TRUE, issued_at = CURRENT_TIMESTAMP(6) WHERE offer_id = ? "
                + "AND code = 'SECRET-AAA-2'", offer.id());
        OfferAdminView issued = kit.read(allowances.get(allowances.adminToken(), OFFERS + "/" + offer.id()),
                OfferAdminView.class);
        assertThat(issued.availableStock()).isEqualTo(2);
        assertThat(issued.issuedCodes()).isEqualTo(1);
        assertThat(issued.lowStock()).isTrue();

        Answer count = put(allowances.adminToken(), OFFERS + "/" + offer.id() + "/stock", new StockRequest(50L));
        assertThat(count.status()).isEqualTo(409);
        assertThat(kit.problem(count).code()).isEqualTo("offer.stock-is-codes");
    }

    @Test
    @OutsideTheContract("a JSON body where text/csv is expected, to see it refused")
    void codes_come_as_text_only() {
        OfferAdminView offer = created(cinema("Format"));

        Answer answer = kit.postAs(allowances.adminToken(), OFFERS + "/" + offer.id() + "/codes", Map.of("a", "b"));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(kit.problem(answer).code()).isEqualTo("request.media-type-unsupported");
    }

    @Test
    void shipping_settings_start_at_the_defaults_and_only_admins_change_them() {
        Employer employer = allowances.employer("Frais de port SA");
        String employee = kit.signIn(kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employer.id()).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();

        ShippingSettingsView defaults = kit.read(allowances.get(employee, "/api/v1/shipping-settings"),
                ShippingSettingsView.class);
        assertThat(defaults).isEqualTo(new ShippingSettingsView(490, 5_000));

        assertThat(put(employer.hrToken(), "/api/v1/platform/shipping-settings", new ShippingSettingsRequest(0L, 0L))
                .status()).isEqualTo(403);
        Answer refused = put(allowances.adminToken(), "/api/v1/platform/shipping-settings",
                new ShippingSettingsRequest(-1L, 100_001L));
        assertThat(kit.problem(refused).errors()).extracting(ProblemDetail.FieldError::field)
                .containsExactlyInAnyOrder("feeCents", "freeFromCents");
        Answer missing = put(allowances.adminToken(), "/api/v1/platform/shipping-settings",
                new ShippingSettingsRequest(null, 100L));
        assertThat(kit.problem(missing).errors()).extracting(ProblemDetail.FieldError::field,
                ProblemDetail.FieldError::code).containsExactly(tuple("feeCents", "field.required"));
        Answer changed = put(allowances.adminToken(), "/api/v1/platform/shipping-settings",
                new ShippingSettingsRequest(590L, 6_000L));
        assertThat(changed.status()).isEqualTo(200);
        put(allowances.adminToken(), "/api/v1/platform/shipping-settings", new ShippingSettingsRequest(600L, 6_000L));

        assertThat(kit.read(allowances.get(employee, "/api/v1/shipping-settings"), ShippingSettingsView.class))
                .isEqualTo(new ShippingSettingsView(600, 6_000));
    }

    @Test
    void employees_and_hr_managers_cannot_reach_the_admin_routes() {
        Employer employer = allowances.employer("Rôles catalogue SA");
        String employee = kit.signIn(kit.account(Role.EMPLOYEE, AccountStatus.ACTIVE, employer.id()).email(),
                IdentityTestKit.GOOD_PASSWORD).accessToken();
        OfferAdminView offer = created(cinema("Interdite"));

        for (String token : List.of(employee, employer.hrToken())) {
            assertThat(allowances.get(token, OFFERS).status()).isEqualTo(403);
            assertThat(kit.postAs(token, OFFERS, cinema("Pirate")).status()).isEqualTo(403);
            assertThat(kit.postAs(token, OFFERS + "/" + offer.id() + "/publication", "").status()).isEqualTo(403);
            assertThat(put(token, OFFERS + "/" + offer.id() + "/stock", new StockRequest(9L)).status()).isEqualTo(403);
        }
        assertThat(kit.read(allowances.get(allowances.adminToken(), OFFERS + "/" + offer.id()), OfferAdminView.class)
                .published()).isFalse();
    }
}
