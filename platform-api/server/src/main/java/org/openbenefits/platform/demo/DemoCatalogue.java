package org.openbenefits.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.platform.catalogue.AddStockCodes;
import org.openbenefits.platform.catalogue.AdvantageCodeDraft;
import org.openbenefits.platform.catalogue.CreateAdvantageCode;
import org.openbenefits.platform.catalogue.CreateOffer;
import org.openbenefits.platform.catalogue.OfferDraft;
import org.openbenefits.platform.catalogue.PublishOffer;
import org.openbenefits.platform.catalogue.SetOfferImage;
import org.openbenefits.platform.catalogue.SetStock;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The demo's catalogue: fifteen published offers across the categories and the three delivery types, created through
 * the admins' use cases. E-ticket offers get demo codes (their stock is those codes), the others a count; one offer
 * is nearly sold out and one sold out, so that the catalogue shows "LOW" and "SOLD_OUT"; and two advantage codes,
 * CULTURE10 (10 % on cinema, shows and museums) and PORTOFFERT (free shipping from 20 €). Each offer gets its picture
 * through {@link SetOfferImage}, as an admin's upload would, from {@code /demo/offers/*.png} (flat illustrations drawn
 * for the project by the test class {@code DemoPictures}). Idempotent: offers are found by their titles, codes by
 * their names, and a picture is only given to an offer without one (an admin's upload is kept). The codes are demo
 * values, not secrets of any partner.
 */
@Singleton
@Requires(property = "platform.demo-data.enabled", value = "true")
class DemoCatalogue {

    /**
     * One demo offer; {@code stock} is a count, or the number of codes for an e-ticket offer; {@code picture} a file
     * of {@code /demo/offers}.
     */
    private record Demo(String title, String description, String category, String delivery, long publicCents,
                        long employeeCents, String conditions, String validity, int stock, String picture) {
    }

    /** Where the pictures are, on the class path. */
    private static final String PICTURES = "/demo/offers/";

    private static final List<Demo> OFFERS = List.of(
            new Demo("Cinéma Pathé — place 2D", "Une place pour toutes les séances 2D des cinémas Pathé.", "CINEMA",
                    "E_TICKET", 1_350, 900, "Hors séances spéciales et avant-premières.", "Valable 1 an", 40,
                    "cinema-pathe.png"),
            new Demo("UGC — carte 5 places", "Cinq places à utiliser seul ou à plusieurs dans les cinémas UGC.",
                    "CINEMA", "E_TICKET", 5_500, 4_200, "Non nominative.", "Valable 1 an", 12, "cinema-ugc.png"),
            new Demo("CGR — place 3D", "Une séance 3D, lunettes comprises.", "CINEMA", "E_TICKET", 1_500, 1_050,
                    "Lunettes à rendre en fin de séance.", "Valable 6 mois", 4, "cinema-cgr-3d.png"),
            new Demo("Théâtre du Châtelet — soirée comédie musicale", "Une place en catégorie 2 pour la saison.",
                    "SHOWS", "E_TICKET", 6_500, 4_900, "Placement numéroté selon disponibilité.", "Saison en cours",
                    20, "theatre-chatelet.png"),
            new Demo("Opéra de Lyon — place de ballet", "Une place pour un ballet de la saison.", "SHOWS",
                    "E_TICKET", 5_000, 3_800, "Réservation auprès de l'Opéra avec le code.", "Saison en cours", 8,
                    "opera-ballet.png"),
            new Demo("Musée d'Orsay — billet coupe-file", "Entrée aux collections permanentes sans attente.",
                    "MUSEUMS", "E_TICKET", 1_600, 1_200, "Créneau à réserver en ligne.", "Valable 1 an", 30,
                    "museum-orsay.png"),
            new Demo("Centre Pompidou — pass expositions", "Accès aux expositions et aux collections.", "MUSEUMS",
                    "E_TICKET", 1_800, 1_400, "", "Valable 6 mois", 0, "museum-pompidou.png"),
            new Demo("Le Petit Prince — édition illustrée", "Le livre d'Antoine de Saint-Exupéry, relié.", "BOOKS",
                    "POSTAL", 2_200, 1_900, "Expédié sous 24 h ouvrées.", "", 25, "book-petit-prince.png"),
            new Demo("Coffret Astérix — trois albums", "Trois albums cartonnés.", "BOOKS", "POSTAL", 3_900, 3_300,
                    "Expédié sous 24 h ouvrées.", "", 3, "book-albums.png"),
            new Demo("Vinyle — jazz français", "Une compilation en double vinyle.", "MUSIC", "POSTAL", 3_500, 2_900,
                    "Expédié sous 24 h ouvrées.", "", 10, "music-vinyl.png"),
            new Demo("Carte cadeau Fnac", "Une carte cadeau de 50 € à utiliser en magasin ou en ligne.", "GIFTCARDS",
                    "E_GIFT_CARD", 5_000, 4_600, "Utilisable en plusieurs fois.", "Valable 1 an", 100,
                    "giftcard-fnac.png"),
            new Demo("Carte cadeau Decathlon", "Une carte cadeau de 30 €.", "GIFTCARDS", "E_GIFT_CARD", 3_000, 2_750,
                    "Utilisable en plusieurs fois.", "Valable 2 ans", 100, "giftcard-decathlon.png"),
            new Demo("Parc Astérix — billet adulte", "Une journée au parc, toutes attractions.", "PARKS", "POSTAL",
                    6_200, 4_500, "Billet daté à activer en ligne.", "Valable jusqu'à la fin de la saison", 15,
                    "park-roller-coaster.png"),
            new Demo("Futuroscope — billet 1 jour", "Une journée au parc.", "PARKS", "E_TICKET", 5_500, 4_100,
                    "Hors nocturnes.", "Valable 1 an", 10, "park-big-wheel.png"),
            new Demo("Piscine — carte 10 entrées", "Dix entrées dans les piscines municipales partenaires.", "SPORTS",
                    "POSTAL", 4_000, 3_200, "Carte nominative.", "Valable 1 an", 20, "sport-pool.png"));

    private final CreateOffer createOffer;
    private final PublishOffer publishOffer;
    private final SetStock setStock;
    private final AddStockCodes addStockCodes;
    private final CreateAdvantageCode createAdvantageCode;
    private final SetOfferImage setOfferImage;
    private final Jdbc jdbc;

    DemoCatalogue(CreateOffer createOffer, PublishOffer publishOffer, SetStock setStock, AddStockCodes addStockCodes,
                  CreateAdvantageCode createAdvantageCode, SetOfferImage setOfferImage, Jdbc jdbc) {
        this.createAdvantageCode = createAdvantageCode;
        this.setOfferImage = setOfferImage;
        this.createOffer = createOffer;
        this.publishOffer = publishOffer;
        this.setStock = setStock;
        this.addStockCodes = addStockCodes;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void load(long adminId) {
        for (Demo demo : OFFERS) {
            long id = jdbc.one("SELECT id FROM offer WHERE title = ? ORDER BY id LIMIT 1", row -> row.getLong("id"),
                    demo.title()).orElseGet(() -> created(adminId, demo));
            if (jdbc.number("SELECT COUNT(*) FROM offer_image WHERE offer_id = ?", id) == 0) {
                picture(adminId, id, demo.picture());
            }
        }
        // Two advantage codes; a name taken already (an earlier start) is left as it is.
        createAdvantageCode.create(adminId, new AdvantageCodeDraft("CULTURE10", "PERCENT_OFF", 10, null,
                List.of("CINEMA", "SHOWS", "MUSEUMS"), null, null, null, null, 2, null));
        createAdvantageCode.create(adminId, new AdvantageCodeDraft("PORTOFFERT", "FREE_SHIPPING", null, null, List.of(),
                2_000L, null, null, 1_000, null, null));
    }

    /** Creates, publishes and stocks a demo offer; its id. */
    private long created(long adminId, Demo demo) {
        long id = createOffer.create(adminId, new OfferDraft(demo.title(), demo.description(), demo.category(),
                demo.delivery(), demo.publicCents(), demo.employeeCents(), demo.conditions(), demo.validity(),
                null, List.of()));
        publishOffer.publish(adminId, id, true);
        if ("E_TICKET".equals(demo.delivery()) && demo.stock() > 0) {
            String codes = IntStream.rangeClosed(1, demo.stock())
                    .mapToObj(unit -> "DEMO-%d-%04d".formatted(id, unit)).collect(Collectors.joining("\n"));
            addStockCodes.add(adminId, id, codes.getBytes(StandardCharsets.UTF_8));
        } else {
            setStock.set(adminId, id, (long) demo.stock());
        }
        return id;
    }

    /** Gives the offer its demo picture as an admin's upload would (read, fitted in 800 x 800, stored as JPEG). */
    private void picture(long adminId, long offerId, String file) {
        byte[] png;
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(PICTURES + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo picture " + PICTURES + file);
            }
            png = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(setOfferImage.set(adminId, offerId, png) instanceof SetOfferImage.Stored)) {
            throw new IllegalStateException("The demo offer " + offerId + " vanished while getting its picture");
        }
    }
}
