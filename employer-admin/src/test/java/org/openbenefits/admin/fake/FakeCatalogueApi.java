package org.openbenefits.admin.fake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Consumes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.OfferAdminApiClient;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.StockCodesReport;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * A small platform-api of the catalogue's offers for the portal's component tests (see {@link FakeEmployeeApi}): the
 * routes and JSON of the contract's {@code OfferAdminApiClient} (list, get, create, edit, publish, unpublish, stock
 * count, codes upload), with the field checks of platform-api's OfferChecks, SetStock and AddStockCodes and their codes
 * ({@link FakeProblems}): codes added all or none, a duplicate named by its line only. The employers it knows are
 * {@link #EMPLOYERS}. It remembers each call and each offer it was sent.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/platform/offers")
public class FakeCatalogueApi {

    /** The employers a restriction may name. */
    public static final Set<Long> EMPLOYERS = Set.of(7L, 8L);
    private static final Instant NOW = Instant.parse("2026-11-02T09:15:00Z");
    private static final Set<String> CATEGORIES = Set.of("CINEMA", "SHOWS", "MUSEUMS", "BOOKS", "MUSIC", "PARKS",
            "SPORTS", "GIFTCARDS");
    private static final Set<String> DELIVERIES = Set.of("E_TICKET", "E_GIFT_CARD", "POSTAL");
    /** platform-api's highest price (OfferChecks): 10,000.00 EUR. */
    private static final long MAX_PRICE_CENTS = 1_000_000L;
    /** Stock at or below which an offer is flagged low (Availability). */
    private static final long LOW = 5;

    private final Map<Long, OfferAdminView> offers = new ConcurrentHashMap<>();
    private final List<OfferRequest> received = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<Long, Set<String>> codes = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> images = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(400);

    public void reset() {
        offers.clear();
        codes.clear();
        images.clear();
        received.clear();
        calls.clear();
    }

    /** Each call, as {@code METHOD /path}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The offers the portal sent to create or edit, in order. */
    public List<OfferRequest> received() {
        return List.copyOf(received);
    }

    /** Adds an offer with a counted stock. */
    public OfferAdminView add(String title, String category, String delivery, long publicPriceCents,
                              long employeePriceCents, boolean published, long stock) {
        long id = ids.incrementAndGet();
        OfferAdminView offer = view(id, new OfferRequest(title, "Description de " + title, category, delivery,
                publicPriceCents, employeePriceCents, "", "", 10, List.of()), published, "COUNT", stock, 0);
        offers.put(id, offer);
        return offer;
    }

    /** Adds an offer stocked with e-ticket codes, some already issued. */
    public OfferAdminView addWithCodes(String title, long available, long issued) {
        long id = ids.incrementAndGet();
        OfferAdminView offer = view(id, new OfferRequest(title, "Description de " + title, "CINEMA", "E_TICKET",
                1_300, 950, "", "", 10, List.of()), true, "CODES", available, issued);
        offers.put(id, offer);
        return offer;
    }

    public OfferAdminView offer(long id) {
        return offers.get(id);
    }

    @Get
    List<OfferAdminView> list(HttpRequest<?> request) {
        record(request);
        return offers.values().stream().sorted(Comparator.comparing(OfferAdminView::title)).toList();
    }

    @Get("/{id}")
    HttpResponse<?> get(HttpRequest<?> request, @PathVariable long id) {
        record(request);
        OfferAdminView offer = offers.get(id);
        return offer == null ? FakeProblems.respond(GeneralRefusal.NOT_FOUND) : HttpResponse.ok(offer);
    }

    @Post
    HttpResponse<?> create(HttpRequest<?> request, @Body OfferRequest offer) {
        record(request);
        received.add(offer);
        List<ProblemDetail.FieldError> errors = check(offer);
        if (!errors.isEmpty()) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
        }
        long id = ids.incrementAndGet();
        OfferAdminView created = view(id, offer, false, "COUNT", 0, 0);
        offers.put(id, created);
        return HttpResponse.created(created);
    }

    @Put("/{id}")
    HttpResponse<?> edit(HttpRequest<?> request, @PathVariable long id, @Body OfferRequest offer) {
        record(request);
        OfferAdminView stored = offers.get(id);
        if (stored == null) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        received.add(offer);
        List<ProblemDetail.FieldError> errors = check(offer);
        if (!errors.isEmpty()) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
        }
        OfferAdminView edited = pictured(view(id, offer, stored.published(), stored.stockKind(),
                stored.availableStock(), stored.issuedCodes()), stored.hasImage());
        offers.put(id, edited);
        return HttpResponse.ok(edited);
    }

    @Post("/{id}/publication")
    HttpResponse<?> publish(HttpRequest<?> request, @PathVariable long id) {
        record(request);
        return published(id, true);
    }

    @Delete("/{id}/publication")
    HttpResponse<?> unpublish(HttpRequest<?> request, @PathVariable long id) {
        record(request);
        return published(id, false);
    }

    private HttpResponse<?> published(long id, boolean published) {
        OfferAdminView stored = offers.get(id);
        if (stored == null) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        OfferAdminView changed = new OfferAdminView(id, stored.title(), stored.description(), stored.category(),
                stored.delivery(), stored.publicPriceCents(), stored.employeePriceCents(), stored.conditions(),
                stored.validity(), stored.maxPerOrder(), published, stored.employerIds(), stored.stockKind(),
                stored.availableStock(), stored.issuedCodes(), stored.lowStock(), stored.soldOut(), stored.hasImage(),
                stored.createdAt(), NOW);
        offers.put(id, changed);
        return HttpResponse.ok(changed);
    }

    @Put("/{id}/stock")
    HttpResponse<?> setStock(HttpRequest<?> request, @PathVariable long id, @Body StockRequest stock) {
        record(request);
        OfferAdminView stored = offers.get(id);
        if (stored == null) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        if (stock.count() == null || stock.count() < 0 || stock.count() > 1_000_000) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST,
                    List.of(FakeProblems.field("count", FieldCode.OUT_OF_RANGE, "min", 0L, "max", 1_000_000L)), null));
        }
        if ("CODES".equals(stored.stockKind())) {
            return FakeProblems.respond(CatalogueRefusal.STOCK_IS_CODES);
        }
        OfferAdminView restocked = restocked(stored, "COUNT", stock.count());
        offers.put(id, restocked);
        return HttpResponse.ok(restocked);
    }

    @Post("/{id}/codes")
    @Consumes("text/csv")
    HttpResponse<?> uploadCodes(HttpRequest<?> request, @PathVariable long id, @Body byte[] file) {
        record(request);
        OfferAdminView stored = offers.get(id);
        if (stored == null) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        Set<String> kept = codes.computeIfAbsent(id, offer -> ConcurrentHashMap.newKeySet());
        String[] rows = new String(file, java.nio.charset.StandardCharsets.UTF_8).split("\r\n|\n|\r", -1);
        Map<String, Long> firstLines = new java.util.LinkedHashMap<>();
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String code = rows[i].strip();
            long line = i + 1;
            if (code.isEmpty()) {
                continue;
            }
            Long first = firstLines.putIfAbsent(code, line);
            if (first != null) {
                errors.add(FakeProblems.field("file", CatalogueRefusal.CODE_DUPLICATE_IN_FILE, "line", line,
                        "firstLine", first));
            } else if (kept.contains(code)) {
                errors.add(FakeProblems.field("file", CatalogueRefusal.CODE_ALREADY_STORED, "line", line));
            }
        }
        if (firstLines.isEmpty()) {
            errors.add(FakeProblems.field("file", CatalogueRefusal.CODES_EMPTY));
        }
        if (!errors.isEmpty()) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
        }
        kept.addAll(firstLines.keySet());
        long available = ("CODES".equals(stored.stockKind()) ? stored.availableStock() : 0) + firstLines.size();
        offers.put(id, restocked(stored, "CODES", available));
        return HttpResponse.ok(new StockCodesReport(firstLines.size(), available));
    }

    /** platform-api's SetOfferImage: at most 5 MB, a readable PNG or JPEG, stored as JPEG. */
    @Put("/{id}/image")
    @Consumes({"image/png", "image/jpeg"})
    HttpResponse<?> setImage(HttpRequest<?> request, @PathVariable long id, @Body byte[] file) throws IOException {
        record(request);
        OfferAdminView stored = offers.get(id);
        if (stored == null) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        if (file.length > OfferAdminApiClient.IMAGE_MAX_BYTES) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST,
                    List.of(FakeProblems.field("image", FieldCode.TOO_LARGE, "max",
                            OfferAdminApiClient.IMAGE_MAX_BYTES)), null));
        }
        BufferedImage picture;
        try {
            picture = ImageIO.read(new ByteArrayInputStream(file));
        } catch (IOException broken) {
            picture = null;
        }
        if (picture == null) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST,
                    List.of(FakeProblems.field("image", CatalogueRefusal.IMAGE_UNREADABLE, "max", 8_000L)), null));
        }
        BufferedImage flat = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        flat.getGraphics().drawImage(picture, 0, 0, null);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(flat, "jpeg", jpeg);
        images.put(id, jpeg.toByteArray());
        OfferAdminView changed = pictured(stored, true);
        offers.put(id, changed);
        return HttpResponse.ok(changed);
    }

    @Get("/{id}/image")
    @Produces({"image/jpeg", "application/problem+json"})
    HttpResponse<?> image(HttpRequest<?> request, @PathVariable long id) {
        record(request);
        byte[] picture = images.get(id);
        return picture == null ? FakeProblems.respond(GeneralRefusal.NOT_FOUND)
                : HttpResponse.ok(picture).contentType("image/jpeg");
    }

    private static OfferAdminView pictured(OfferAdminView stored, boolean hasImage) {
        return new OfferAdminView(stored.id(), stored.title(), stored.description(), stored.category(),
                stored.delivery(), stored.publicPriceCents(), stored.employeePriceCents(), stored.conditions(),
                stored.validity(), stored.maxPerOrder(), stored.published(), stored.employerIds(), stored.stockKind(),
                stored.availableStock(), stored.issuedCodes(), stored.lowStock(), stored.soldOut(), hasImage,
                stored.createdAt(), NOW);
    }

    private static OfferAdminView restocked(OfferAdminView stored, String stockKind, long available) {
        return new OfferAdminView(stored.id(), stored.title(), stored.description(), stored.category(),
                stored.delivery(), stored.publicPriceCents(), stored.employeePriceCents(), stored.conditions(),
                stored.validity(), stored.maxPerOrder(), stored.published(), stored.employerIds(), stockKind,
                available, stored.issuedCodes(), available > 0 && available <= LOW, available == 0,
                stored.hasImage(), stored.createdAt(), NOW);
    }

    /** platform-api's OfferChecks, every field at fault at once. */
    private static List<ProblemDetail.FieldError> check(OfferRequest offer) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        if (offer.title() == null || offer.title().isBlank()) {
            errors.add(FakeProblems.field("title", FieldCode.REQUIRED));
        } else if (offer.title().strip().length() > 120) {
            errors.add(FakeProblems.field("title", FieldCode.TOO_LONG, "max", 120L));
        }
        if (offer.description() == null || offer.description().isBlank()) {
            errors.add(FakeProblems.field("description", FieldCode.REQUIRED));
        }
        known("category", offer.category(), CATEGORIES, errors);
        known("delivery", offer.delivery(), DELIVERIES, errors);
        boolean publicOk = price("publicPriceCents", offer.publicPriceCents(), 1, errors);
        boolean employeeOk = price("employeePriceCents", offer.employeePriceCents(), 0, errors);
        if (publicOk && employeeOk && offer.employeePriceCents() > offer.publicPriceCents()) {
            errors.add(FakeProblems.field("employeePriceCents", CatalogueRefusal.EMPLOYEE_PRICE_ABOVE_PUBLIC,
                    "publicPrice", FakeProblems.amount(offer.publicPriceCents())));
        }
        int maxPerOrder = offer.maxPerOrder() == null ? 10 : offer.maxPerOrder();
        if (maxPerOrder < 1 || maxPerOrder > 20) {
            errors.add(FakeProblems.field("maxPerOrder", FieldCode.OUT_OF_RANGE, "min", 1L, "max", 20L));
        }
        long unknown = offer.employerIds().stream().distinct().filter(id -> !EMPLOYERS.contains(id)).count();
        if (unknown > 0) {
            errors.add(FakeProblems.field("employerIds", CatalogueRefusal.EMPLOYERS_UNKNOWN, "count", unknown));
        }
        return errors;
    }

    private static void known(String field, String code, Set<String> allowed, List<ProblemDetail.FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(FakeProblems.field(field, FieldCode.REQUIRED));
        } else if (!allowed.contains(code)) {
            errors.add(FakeProblems.field(field, FieldCode.UNKNOWN_VALUE, "allowed",
                    String.join(", ", allowed.stream().sorted().toList())));
        }
    }

    private static boolean price(String field, long cents, long min, List<ProblemDetail.FieldError> errors) {
        if (cents < min || cents > MAX_PRICE_CENTS) {
            errors.add(FakeProblems.field(field, FieldCode.OUT_OF_RANGE, "min", FakeProblems.amount(min),
                    "max", FakeProblems.amount(MAX_PRICE_CENTS)));
            return false;
        }
        return true;
    }

    private static OfferAdminView view(long id, OfferRequest offer, boolean published, String stockKind,
                                       long available, long issued) {
        return new OfferAdminView(id, offer.title().strip(), offer.description().strip(), offer.category(),
                offer.delivery(), offer.publicPriceCents(), offer.employeePriceCents(),
                offer.conditions() == null ? "" : offer.conditions().strip(),
                offer.validity() == null ? "" : offer.validity().strip(),
                offer.maxPerOrder() == null ? 10 : offer.maxPerOrder(), published,
                List.copyOf(new java.util.LinkedHashSet<>(offer.employerIds())), stockKind, available, issued,
                available > 0 && available <= LOW, available == 0, false, NOW, NOW);
    }

    private void record(HttpRequest<?> request) {
        calls.add(request.getMethodName() + " " + request.getUri());
    }
}
