package org.openbenefits.contract.api.catalogue;

import java.util.List;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
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

    /** The media type of stored offer pictures. */
    String IMAGE_JPEG = "image/jpeg";
    /** The media type of a PNG picture sent. */
    String IMAGE_PNG = "image/png";
    /** The largest picture file taken: 5 MB. */
    long IMAGE_MAX_BYTES = 5L * 1024 * 1024;

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

    /**
     * Gives the offer its picture, a PNG or JPEG of at most {@link #IMAGE_MAX_BYTES} bytes, shrunk and stored as JPEG;
     * 400 request.invalid on the field image: offer.image-unreadable (not a readable PNG or JPEG, or too many
     * pixels) or field.too-large.
     */
    @Put("/{id}/image")
    @Produces(IMAGE_PNG)
    OfferAdminView setPngImage(long id, @Body byte[] png);

    /** As {@link #setPngImage}, for a JPEG file. */
    @Put("/{id}/image")
    @Produces(IMAGE_JPEG)
    OfferAdminView setJpegImage(long id, @Body byte[] jpeg);

    /** The offer's picture, a JPEG; 404 resource.not-found when it has none. */
    @Get("/{id}/image")
    @Consumes({IMAGE_JPEG, MediaType.APPLICATION_JSON_PROBLEM})
    HttpResponse<byte[]> image(long id);
}
