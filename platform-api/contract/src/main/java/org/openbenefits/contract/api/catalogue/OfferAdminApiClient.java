package org.openbenefits.contract.api.catalogue;

import java.util.List;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;

/**
 * Platform admins run the catalogue's offers. Errors arrive as {@code HttpClientResponseException} whose body reads as
 * a {@link org.openbenefits.contract.api.ProblemDetail}; an unknown offer is 404 resource.not-found.
 */
@Client(id = "platform-api", path = "/api/v1/platform/offers")
public interface OfferAdminApiClient {

    /** Every offer, by title, with its stock flags. */
    @Get
    List<OfferAdminView> offers();

    @Get("/{id}")
    OfferAdminView offer(long id);

    /** Creates an unpublished offer with no stock (201); 400 request.invalid with each field at fault. */
    @Post
    OfferAdminView create(@Body OfferRequest request);

    /** Replaces the offer's fields; its publication and stock stay as they are. */
    @Put("/{id}")
    OfferAdminView edit(long id, @Body OfferRequest request);

    @Post("/{id}/publication")
    OfferAdminView publish(long id);

    @Delete("/{id}/publication")
    OfferAdminView unpublish(long id);

    /** Sets a counted stock; 409 offer.stock-is-codes when the offer's stock is e-ticket codes. */
    @Put("/{id}/stock")
    OfferAdminView setStock(long id, @Body StockRequest request);

    /**
     * Adds e-ticket codes, one per line of a UTF-8 text file; all or none: duplicates (in the file or with the codes
     * already stored) are refused with their line numbers.
     */
    @Post("/{id}/codes")
    @Produces("text/csv")
    StockCodesReport uploadCodes(long id, @Body byte[] csv);
}
