package org.openbenefits.portal.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.catalogue.CatalogueOfferDetail;
import org.openbenefits.contract.api.catalogue.CatalogueOfferView;
import org.openbenefits.contract.api.catalogue.CataloguePage;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.session.AccessTokenVerifier;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * platform-api's employee catalogue ({@code /api/v1/catalogue/offers}), faked on the portal's own server beside
 * {@link FakePlatformApi}: the same paths, parameters and JSON shapes (the contract's records), the search blind to
 * accents and case as the real one's collation, filters with both price bounds included, the three sorts, pages from
 * 0, 404 resource.not-found for an offer Camille may not see, and the real refusal of a search term over 100
 * characters (request.invalid, q field.too-long). Its offers are {@link #DEFAULT_OFFERS} unless a test gives others;
 * it remembers every query the portal sent.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/catalogue/offers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Singleton
public class FakeCatalogue {

    /**
     * An offer as the fake keeps it: its detail, what Camille's allowances would pay of it.
     */
    public record Offer(CatalogueOfferDetail detail) {

        CatalogueOfferView view() {
            CatalogueOfferDetail d = detail;
            return new CatalogueOfferView(d.id(), d.title(), d.category(), d.delivery(), d.publicPriceCents(),
                    d.employeePriceCents(), d.availability(), d.remaining(), d.hasImage());
        }

        /** The same offer with a picture, which the fake serves as {@link #PICTURE}. */
        public Offer withPicture() {
            CatalogueOfferDetail d = detail;
            return new Offer(new CatalogueOfferDetail(d.id(), d.title(), d.description(), d.category(), d.delivery(),
                    d.publicPriceCents(), d.employeePriceCents(), d.conditions(), d.validity(), d.maxPerOrder(),
                    d.availability(), d.remaining(), d.allowancesCents(), d.cardCents(), true));
        }
    }

    /** The picture of every offer that has one: a small JPEG, as platform-api serves them. */
    public static final byte[] PICTURE = jpeg();

    /** Théâtre du Rond-Point, with a picture: 15,00 € instead of 22,00 €, only 3 left, 10,50 € from the allowances, 4,50 € by card. */
    public static final Offer THEATRE = offer(3, "Théâtre du Rond-Point : soirée spectacle", "SHOWS", "E_TICKET",
            2_200, 1_500, "LOW", 3L, 1_050, 450).withPicture();
    public static final Offer CINEMA = offer(1, "Cinéma Pathé : e-billet 2D", "CINEMA", "E_TICKET", 1_250, 850,
            "IN_STOCK", null, 850, 0);
    public static final Offer MUSEE = offer(2, "Musée d’Orsay : entrée plein tarif", "MUSEUMS", "E_TICKET", 1_600,
            1_600, "SOLD_OUT", null, 1_600, 0);
    public static final Offer LIVRES = offer(4, "Carte cadeau Librairies indépendantes", "GIFTCARDS", "E_GIFT_CARD",
            5_000, 4_500, "IN_STOCK", null, 4_500, 0);
    public static final Offer PARC = offer(5, "Parc Astérix : billet journée", "PARKS", "POSTAL", 6_200, 4_900,
            "IN_STOCK", null, 0, 4_900);

    public static final List<Offer> DEFAULT_OFFERS = List.of(CINEMA, MUSEE, THEATRE, LIVRES, PARC);

    private final AccessTokenVerifier tokens;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private volatile List<Offer> offers;
    private volatile boolean refusesTheSession;

    FakeCatalogue(AccessTokenVerifier tokens) {
        this.tokens = tokens;
        reset();
    }

    public static Offer offer(long id, String title, String category, String delivery, long publicPriceCents,
                              long employeePriceCents, String availability, @Nullable Long remaining,
                              long allowancesCents, long cardCents) {
        return new Offer(new CatalogueOfferDetail(id, title, "Description de « " + title + " ».\nDeuxième ligne.",
                category, delivery, publicPriceCents, employeePriceCents, "Conditions de " + title,
                "Valable un an à partir de l’achat", 4, availability, remaining, allowancesCents, cardCents, false));
    }

    public void reset() {
        offers = DEFAULT_OFFERS;
        queries.clear();
        refusesTheSession = false;
    }

    /** Answers every next call 401, as platform-api does for a session it closed. */
    public void refuseTheSession() {
        refusesTheSession = true;
    }

    /** Answers the next searches and offer pages with these offers only. */
    public void give(List<Offer> offers) {
        this.offers = List.copyOf(offers);
    }

    /** The offers the fake answers with now. */
    public List<Offer> offers() {
        return offers;
    }

    /** The query string of every search the portal made, oldest first. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    @Get
    HttpResponse<?> search(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                           @QueryValue @Nullable String q, @QueryValue @Nullable String category,
                           @QueryValue @Nullable String delivery, @QueryValue @Nullable Long minPriceCents,
                           @QueryValue @Nullable Long maxPriceCents, @QueryValue @Nullable String sort,
                           @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size) {
        if (!employee(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        queries.add(String.join("&", "q=" + q, "category=" + category, "delivery=" + delivery,
                "minPriceCents=" + minPriceCents, "maxPriceCents=" + maxPriceCents, "sort=" + sort, "page=" + page,
                "size=" + size));
        if (q != null && q.codePointCount(0, q.length()) > 100) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST,
                    List.of(FakeProblems.field("q", FieldCode.TOO_LONG, "max", 100L)), null));
        }
        Comparator<CatalogueOfferView> order = switch (sort == null ? "TITLE" : sort) {
            case "PRICE_ASC" -> Comparator.comparingLong(CatalogueOfferView::employeePriceCents);
            case "PRICE_DESC" -> Comparator.comparingLong(CatalogueOfferView::employeePriceCents).reversed();
            default -> Comparator.comparing(offer -> folded(offer.title()));
        };
        List<CatalogueOfferView> found = new ArrayList<>();
        for (Offer offer : offers) {
            CatalogueOfferDetail d = offer.detail();
            if ((q == null || folded(d.title() + " " + d.description()).contains(folded(q)))
                    && (category == null || category.equals(d.category()))
                    && (delivery == null || delivery.equals(d.delivery()))
                    && (minPriceCents == null || d.employeePriceCents() >= minPriceCents)
                    && (maxPriceCents == null || d.employeePriceCents() <= maxPriceCents)) {
                found.add(offer.view());
            }
        }
        found.sort(order);
        int from = Math.min(found.size(), page * size);
        return HttpResponse.ok(new CataloguePage(found.subList(from, Math.min(found.size(), from + size)), page, size,
                found.size()));
    }

    @Get("/{id}")
    HttpResponse<?> offer(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization, @PathVariable long id) {
        if (!employee(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        return offers.stream().filter(offer -> offer.detail().id() == id).findFirst()
                .<HttpResponse<?>>map(offer -> HttpResponse.ok(offer.detail()))
                .orElseGet(() -> FakeProblems.respond(GeneralRefusal.NOT_FOUND));
    }

    @Get(value = "/{id}/image", produces = {"image/jpeg", "application/problem+json"})
    HttpResponse<?> image(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization, @PathVariable long id) {
        if (!employee(authorization)) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        return offers.stream().filter(offer -> offer.detail().id() == id && offer.detail().hasImage()).findFirst()
                .<HttpResponse<?>>map(offer -> HttpResponse.ok(PICTURE).contentType("image/jpeg")
                        .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400"))
                .orElseGet(() -> FakeProblems.respond(GeneralRefusal.NOT_FOUND));
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D pen = image.createGraphics();
        pen.setColor(new java.awt.Color(0xDC, 0xE6, 0xF5));
        pen.fillRect(0, 0, 40, 20);
        pen.setColor(new java.awt.Color(0x25, 0x4E, 0xDB));
        pen.fillOval(14, 4, 12, 12);
        pen.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private boolean employee(@Nullable String authorization) {
        return !refusesTheSession && authorization != null && authorization.startsWith("Bearer ")
                && tokens.verify(authorization.substring("Bearer ".length())).isPresent();
    }

    /** As the API's unicode_ci collation compares: accents and case aside. */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
