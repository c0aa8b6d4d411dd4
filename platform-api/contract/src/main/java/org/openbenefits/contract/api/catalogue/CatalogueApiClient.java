package org.openbenefits.contract.api.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * The employee's catalogue: the published offers their employer may see. An offer not published, or restricted to
 * other employers, is 404 resource.not-found.
 */
@Client(id = "platform-api", path = "/api/v1/catalogue/offers")
public interface CatalogueApiClient {

    /** The media type of offer pictures. */
    String IMAGE_JPEG = "image/jpeg";

    /** A page of offers; {@code sort} PRICE_ASC, PRICE_DESC or TITLE (the default). */
    @Get
    CataloguePage offers(@QueryValue @Nullable String q, @QueryValue @Nullable String category,
                         @QueryValue @Nullable String delivery, @QueryValue @Nullable Long minPriceCents,
                         @QueryValue @Nullable Long maxPriceCents, @QueryValue @Nullable String sort,
                         @QueryValue int page, @QueryValue int size);

    @Get("/{id}")
    CatalogueOfferDetail offer(long id);

    /**
     * The offer's picture, a JPEG the browser may keep a day ({@code Cache-Control: private, max-age=86400}); 404
     * resource.not-found when the offer has none or the employee may not see it.
     */
    @Get("/{id}/image")
    @Consumes({IMAGE_JPEG, MediaType.APPLICATION_JSON_PROBLEM})
    HttpResponse<byte[]> image(long id);
}
