package org.openbenefits.platform.catalogue;

import java.util.List;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.contract.api.catalogue.StockCodesReport;
import org.openbenefits.contract.api.catalogue.StockRequest;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.MediaTypeProblem;
import org.openbenefits.platform.web.openapi.RoleOperations;

/** Platform admins run the catalogue's offers: their fields, their publication and their stock. */
@Controller("/api/v1/platform/offers")
@Secured("PLATFORM_ADMIN")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalogue admin", description = "Offers, their stock and e-ticket codes, run by platform admins")
@ApiResponse(responseCode = "403", description = "access.forbidden: platform admins only",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
class PlatformOfferController {

    static final String TEXT_CSV = "text/csv";
    static final String IMAGE_PNG = "image/png";
    static final String IMAGE_JPEG = "image/jpeg";
    private static final String NOT_FOUND = "resource.not-found: no such offer";

    private final OfferReader reader;
    private final CreateOffer createOffer;
    private final EditOffer editOffer;
    private final PublishOffer publishOffer;
    private final SetStock setStock;
    private final AddStockCodes addStockCodes;
    private final SetOfferImage setOfferImage;
    private final OfferImageReader images;

    PlatformOfferController(OfferReader reader, CreateOffer createOffer, EditOffer editOffer,
                            PublishOffer publishOffer, SetStock setStock, AddStockCodes addStockCodes,
                            SetOfferImage setOfferImage, OfferImageReader images) {
        this.setOfferImage = setOfferImage;
        this.images = images;
        this.reader = reader;
        this.createOffer = createOffer;
        this.editOffer = editOffer;
        this.publishOffer = publishOffer;
        this.setStock = setStock;
        this.addStockCodes = addStockCodes;
    }

    @Get
    @Operation(operationId = "listOffers", summary = "Lists every offer, by title",
            description = "Published or not, with the stock left (codes are counted, never shown), lowStock at 5 "
                    + "units or fewer and soldOut at none.")
    @ApiResponse(responseCode = "200", description = "The offers, by title")
    @ApiResponse(responseCode = "400", description = "request.invalid: an offer id that is not a number (the path "
            + "/api/v1/platform/offers/{id} read as this one by clients that trim it)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    List<OfferAdminView> offers() {
        return reader.all();
    }

    @Get("/{id}")
    @InvalidParameterProblem
    @Operation(operationId = "getOffer", summary = "Shows one offer as admins see it")
    @ApiResponse(responseCode = "200", description = "The offer")
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    OfferAdminView offer(@PathVariable long id) {
        return reader.find(id).orElseThrow(() -> Refusal.of(GeneralRefusal.NOT_FOUND).toException());
    }

    @Post
    @JsonBodyProblems
    @Operation(operationId = "createOffer", summary = "Creates an offer, unpublished and with no stock",
            description = "Publish it and give it stock with the operations below.")
    @ApiResponse(responseCode = "201", description = "The new offer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfferAdminView.class)))
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors: title or "
            + "description missing or too long (field.required, field.too-long), unknown category or delivery "
            + "(field.unknown-value), a price outside 0.01 to 10,000.00 EUR (field.out-of-range), an employee price "
            + "above the public one (offer.employee-price-above-public), maxPerOrder outside 1 to 20, unknown "
            + "employers (offer.employers-unknown)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<OfferAdminView> create(@Parameter(hidden = true) CurrentUser admin, @Body OfferRequest request) {
        long id = createOffer.create(admin.id(), draft(request));
        return HttpResponse.created(reader.find(id).orElseThrow());
    }

    @Put("/{id}")
    @JsonBodyProblems
    @Operation(operationId = "editOffer", summary = "Replaces an offer's fields and employer restriction",
            description = "Its publication and stock stay as they are.")
    @ApiResponse(responseCode = "200", description = "The offer as edited")
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors (as on "
            + "creation), or an id that is not a number",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    OfferAdminView edit(@Parameter(hidden = true) CurrentUser admin, @PathVariable long id, @Body OfferRequest request) {
        return switch (editOffer.edit(admin.id(), id, draft(request))) {
            case EditOffer.Edited edited -> reader.find(edited.offerId()).orElseThrow();
            case EditOffer.NotFound notFound -> throw notFound.refusal().toException();
        };
    }

    @Post("/{id}/publication")
    @InvalidParameterProblem
    @MediaTypeProblem
    @Operation(operationId = "publishOffer", summary = "Shows the offer in the catalogue of the employees it is open to",
            description = "Publishing a published offer changes nothing.")
    @ApiResponse(responseCode = "200", description = "The published offer")
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    OfferAdminView publish(@Parameter(hidden = true) CurrentUser admin, @PathVariable long id) {
        return published(publishOffer.publish(admin.id(), id, true));
    }

    @Delete("/{id}/publication")
    @InvalidParameterProblem
    @Operation(operationId = "unpublishOffer", summary = "Takes the offer out of the employees' catalogue")
    @ApiResponse(responseCode = "200", description = "The unpublished offer")
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    OfferAdminView unpublish(@Parameter(hidden = true) CurrentUser admin, @PathVariable long id) {
        return published(publishOffer.publish(admin.id(), id, false));
    }

    @Put("/{id}/stock")
    @JsonBodyProblems
    @Operation(operationId = "setOfferStock", summary = "Sets how many units of the offer are left to sell",
            description = "For an offer whose stock is a count; one whose stock is e-ticket codes counts its codes.")
    @ApiResponse(responseCode = "200", description = "The offer with its new stock")
    @ApiResponse(responseCode = "400", description = "request.invalid: count missing (field.required) or "
            + "outside 0 to 1,000,000 (field.out-of-range), or an id that is not a number",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "offer.stock-is-codes: the offer's stock is its e-ticket codes",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    OfferAdminView setStock(@Parameter(hidden = true) CurrentUser admin, @PathVariable long id,
                            @Body StockRequest request) {
        return switch (setStock.set(admin.id(), id, request.count())) {
            case SetStock.Set set -> reader.find(set.offerId()).orElseThrow();
            case SetStock.NotSet refused -> throw refused.refusal().toException();
        };
    }

    @Post("/{id}/codes")
    @Consumes({TEXT_CSV, MediaType.TEXT_PLAIN})
    @MediaTypeProblem
    @Operation(operationId = "uploadOfferCodes", summary = "Adds e-ticket codes to the offer's stock",
            description = "One code per line (blank lines skipped), UTF-8, at most 100,000 codes of at most 200 "
                    + "characters. All or none: a code twice in the file or already stored for the offer refuses "
                    + "the file, each named by its line, never by its value. From then on the offer's stock is its "
                    + "codes not yet issued; each is issued once.",
            requestBody = @RequestBody(required = true, description = "The codes, one per line",
                    content = {@Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                            examples = @ExampleObject(name = "twoCodes", value = "CINE-7H2K-94QD\nCINE-Q8ZP-31LM\n")),
                            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string"))}))
    @ApiResponse(responseCode = "200", description = "How many codes were added and how many are left to issue")
    @ApiResponse(responseCode = "400", description = "request.invalid, each fault on the field file: "
            + "stock.code-duplicate-in-file {line, firstLine}, stock.code-already-stored {line}, stock.code-too-long, "
            + "stock.code-invalid, stock.codes-empty, stock.codes-not-utf8, stock.codes-too-many; or an id that is "
            + "not a number",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    StockCodesReport uploadCodes(@Parameter(hidden = true) CurrentUser admin, @PathVariable long id,
                                 @Body @Parameter(hidden = true) byte[] csv) {
        return switch (addStockCodes.add(admin.id(), id, csv)) {
            case AddStockCodes.Added added -> new StockCodesReport(added.added(), added.available());
            case AddStockCodes.NotFound notFound -> throw notFound.refusal().toException();
        };
    }

    @Put("/{id}/image")
    @Consumes({IMAGE_PNG, IMAGE_JPEG})
    @MediaTypeProblem
    @Operation(operationId = "setOfferImage", summary = "Gives the offer its picture, replacing the previous one",
            description = "A PNG or JPEG file of at most 5 MB and 8,000 pixels a side, shrunk to fit 800 x 800 and "
                    + "stored as JPEG; employees get it at GET /api/v1/catalogue/offers/{id}/image.",
            requestBody = @RequestBody(required = true, description = "The picture",
                    content = {@Content(mediaType = IMAGE_PNG, schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = IMAGE_JPEG, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "200", description = "The offer")
    @ApiResponse(responseCode = "400", description = "request.invalid on the field image: not a readable PNG or JPEG "
            + "or too many pixels (offer.image-unreadable), more than 5 MB (field.too-large); or an id that is not "
            + "a number",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    OfferAdminView setImage(@Parameter(hidden = true) CurrentUser admin, @PathVariable long id,
                            @Body @Parameter(hidden = true) byte[] image) {
        return switch (setOfferImage.set(admin.id(), id, image)) {
            case SetOfferImage.Stored stored -> reader.find(stored.offerId()).orElseThrow();
            case SetOfferImage.NotFound notFound -> throw notFound.refusal().toException();
        };
    }

    @Get("/{id}/image")
    @Produces(IMAGE_JPEG)
    @InvalidParameterProblem
    @Operation(operationId = "getOfferImage", summary = "Sends the offer's picture, published or not",
            description = "The JPEG stored by PUT /api/v1/platform/offers/{id}/image (hasImage says whether there is "
                    + "one), at most 800 x 800 pixels.")
    @ApiResponse(responseCode = "200", description = "The picture",
            content = @Content(mediaType = IMAGE_JPEG, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such offer, or an offer without a picture",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<byte[]> image(@PathVariable long id) {
        OfferImageReader.Image image = images.forPlatform(id)
                .orElseThrow(() -> Refusal.of(GeneralRefusal.NOT_FOUND).toException());
        return HttpResponse.ok(image.bytes()).contentType(image.contentType());
    }

    private OfferAdminView published(PublishOffer.Outcome outcome) {
        return switch (outcome) {
            case PublishOffer.Done done -> reader.find(done.offerId()).orElseThrow();
            case PublishOffer.NotFound notFound -> throw notFound.refusal().toException();
        };
    }

    private static OfferDraft draft(OfferRequest request) {
        return new OfferDraft(request.title(), request.description(), request.category(), request.delivery(),
                request.publicPriceCents(), request.employeePriceCents(), request.conditions(), request.validity(),
                request.maxPerOrder(), request.employerIds());
    }
}
