package org.openbenefits.portal.catalogue;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.catalogue.CatalogueOfferDetail;
import org.openbenefits.portal.PortalPaths;

/**
 * An offer's page, every amount and label written in the request's language.
 *
 * @param publicPrice  the public price, struck through, or null when it is not higher than the employee's
 * @param availability "En stock", "Plus que 3", "Épuisé"
 * @param toPay        what is left to pay once the employee's allowances are used: "Avec vos dotations : 0,00 € à payer"
 * @param split        how one unit's price is paid: by the allowances, by card, or both
 * @param orderable    whether it may be put in the cart (not sold out)
 * @param maxQuantity  the most units one order may hold
 */
public record OfferPage(long id, String title, String description, String category, String delivery, String price,
                        @Nullable String publicPrice, String priceText, @Nullable String conditions,
                        @Nullable String validity, String availabilityCode, String availability, String maxPerOrder,
                        String toPay, String split, @Nullable String picture, boolean orderable, int maxQuantity) {

    /** The portal's address of an offer's picture. */
    static String picture(long offerId) {
        return PortalPaths.CATALOGUE + "/" + offerId + "/image";
    }

    static OfferPage of(CatalogueOfferDetail offer, CatalogueWording words) {
        String price = words.euros(offer.employeePriceCents());
        String publicPrice = offer.publicPriceCents() > offer.employeePriceCents()
                ? words.euros(offer.publicPriceCents()) : null;
        String priceText = publicPrice == null ? price : words.text("catalogue.price.insteadOf", price, publicPrice);
        String card = words.euros(offer.cardCents());
        String split = offer.cardCents() == 0 ? words.text("catalogue.offer.split.allowances", price)
                : offer.allowancesCents() == 0 ? words.text("catalogue.offer.split.card", price)
                : words.text("catalogue.offer.split.both", price, words.euros(offer.allowancesCents()), card);
        return new OfferPage(offer.id(), offer.title(), offer.description(),
                words.label("allowance.category.", offer.category()),
                words.label("catalogue.delivery.", offer.delivery()), price, publicPrice, priceText,
                blankless(offer.conditions()), blankless(offer.validity()), offer.availability(),
                availability(offer.availability(), offer.remaining(), words),
                words.text("catalogue.offer.maxPerOrder", offer.maxPerOrder()),
                words.text("catalogue.offer.toPay", card), split, offer.hasImage() ? picture(offer.id()) : null,
                !"SOLD_OUT".equals(offer.availability()), offer.maxPerOrder());
    }

    /** "En stock", "Plus que 3" (LOW with its count), "Épuisé"; the code for one the portal does not know yet. */
    static String availability(String code, @Nullable Long remaining, CatalogueWording words) {
        if ("LOW".equals(code)) {
            return remaining == null ? words.text("catalogue.availability.few")
                    : words.text("catalogue.availability.LOW", remaining);
        }
        return words.label("catalogue.availability.", code);
    }

    private static @Nullable String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
