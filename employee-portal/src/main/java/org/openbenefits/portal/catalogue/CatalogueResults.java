package org.openbenefits.portal.catalogue;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.catalogue.CataloguePage;
import org.openbenefits.contract.api.catalogue.CatalogueOfferView;
import org.openbenefits.portal.PortalPaths;

/**
 * One page of the catalogue as the page shows it, every amount and label written in the request's language.
 *
 * @param count    "15 offres", "1 offre", "No offers"
 * @param position "Page 2 sur 5", or null when one page holds them all
 * @param previous the address of the previous page, criteria kept, or null on the first
 * @param next     the address of the next page, or null on the last
 */
public record CatalogueResults(List<OfferCard> offers, long total, String count, @Nullable String position,
                               @Nullable String previous, @Nullable String next) {

    static final int PAGE_SIZE = 12;

    public boolean empty() {
        return offers.isEmpty();
    }

    static CatalogueResults of(CataloguePage page, CatalogueSearch search, CatalogueWording words) {
        List<OfferCard> offers = page.items().stream().map(offer -> OfferCard.of(offer, words)).toList();
        int pages = (int) Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        String count = page.total() == 0 ? words.text("catalogue.count.none")
                : page.total() == 1 ? words.text("catalogue.count.one")
                : words.text("catalogue.count.many", page.total());
        String position = pages > 1 ? words.text("catalogue.paging.position", page.page() + 1, pages) : null;
        String previous = page.page() > 0 ? PortalPaths.CATALOGUE + search.at(page.page() - 1) : null;
        String next = page.page() + 1 < pages ? PortalPaths.CATALOGUE + search.at(page.page() + 1) : null;
        return new CatalogueResults(offers, page.total(), count, position, previous, next);
    }

    /**
     * An offer's card in the list.
     *
     * @param publicPrice the public price, struck through beside the employee's, or null when it is not higher
     * @param priceText   both prices read aloud ("15,00 € au lieu de 22,00 €")
     * @param picture     the portal's address of the offer's picture, or null when it has none
     */
    public record OfferCard(long id, String href, String title, String category, String delivery, String price,
                            @Nullable String publicPrice, String priceText, String availabilityCode,
                            String availability, @Nullable String picture) {

        static OfferCard of(CatalogueOfferView offer, CatalogueWording words) {
            String price = words.euros(offer.employeePriceCents());
            String publicPrice = offer.publicPriceCents() > offer.employeePriceCents()
                    ? words.euros(offer.publicPriceCents()) : null;
            String priceText = publicPrice == null ? price : words.text("catalogue.price.insteadOf", price, publicPrice);
            return new OfferCard(offer.id(), PortalPaths.CATALOGUE + "/" + offer.id(), offer.title(),
                    words.label("allowance.category.", offer.category()),
                    words.label("catalogue.delivery.", offer.delivery()), price, publicPrice, priceText,
                    offer.availability(), OfferPage.availability(offer.availability(), offer.remaining(), words),
                    offer.hasImage() ? OfferPage.picture(offer.id()) : null);
        }
    }
}
