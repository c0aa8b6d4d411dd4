package org.openbenefits.platform.catalogue;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.CatalogueOfferDetail;
import org.openbenefits.contract.api.catalogue.CataloguePage;
import org.openbenefits.domain.catalogue.Category;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.TextParameters;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.PageNumber;
import org.openbenefits.platform.web.openapi.PageSize;
import org.openbenefits.platform.web.openapi.RoleOperations;

/** The employee's catalogue: the published offers open to their employer, searched, filtered, sorted and paged. */
@Controller("/api/v1/catalogue/offers")
@Secured("EMPLOYEE")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalogue", description = "The offers employees spend their allowances on")
class CatalogueController {

    private static final int MAX_PAGE_SIZE = 200;
    private static final int TERM_LENGTH = 100;
    private static final String IMAGE_JPEG = "image/jpeg";
    /** Pictures change rarely and only signed-in employees may fetch them: their browser keeps them, no shared cache. */
    private static final String CACHE_CONTROL = "private, max-age=86400";

    private final CatalogueReader reader;
    private final OfferImageReader images;

    CatalogueController(CatalogueReader reader, OfferImageReader images) {
        this.reader = reader;
        this.images = images;
    }

    @Get
    @Operation(operationId = "searchCatalogue", summary = "Lists the offers the employee may buy",
            description = "Published offers open to every employer or to the employee's. q searches titles and "
                    + "descriptions regardless of accents and case (theatre finds Théâtre); minPriceCents and "
                    + "maxPriceCents bound the employee price, both included; page counts from 0, size 1 to 200.")
    @ApiResponse(responseCode = "200", description = "A page of offers")
    @ApiResponse(responseCode = "400", description = "request.invalid: q too long (field.too-long) or holding a "
            + "control character, an unknown category, delivery or sort (field.unknown-value), a negative "
            + "minPriceCents or maxPriceCents (field.too-small), or a parameter of the wrong type",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    CataloguePage search(@Parameter(hidden = true) CurrentUser employee,
                         @QueryValue @Nullable @Parameter(description = "Words of the title or description, at most "
                                 + "100 characters") String q,
                         @QueryValue @Nullable @Parameter(description = "Only this category", schema = @Schema(
                                 allowableValues = {"CINEMA", "SHOWS", "MUSEUMS", "BOOKS", "MUSIC", "PARKS", "SPORTS",
                                         "GIFTCARDS"})) String category,
                         @QueryValue @Nullable @Parameter(description = "Only this delivery type", schema = @Schema(
                                 allowableValues = {"E_TICKET", "E_GIFT_CARD", "POSTAL"})) String delivery,
                         @QueryValue @Nullable @Parameter(description = "Lowest employee price, in cents",
                                 schema = @Schema(type = "integer", format = "int64", minimum = "0"))
                         Long minPriceCents,
                         @QueryValue @Nullable @Parameter(description = "Highest employee price, in cents",
                                 schema = @Schema(type = "integer", format = "int64", minimum = "0"))
                         Long maxPriceCents,
                         @QueryValue @Nullable @Parameter(description = "TITLE when absent", schema = @Schema(
                                 allowableValues = {"TITLE", "PRICE_ASC", "PRICE_DESC"})) String sort,
                         @QueryValue(defaultValue = "0") @PageNumber int page,
                         @QueryValue(defaultValue = "50") @PageSize int size) {
        String term = TextParameters.oneLine("q", q);
        if (term != null && term.codePointCount(0, term.length()) > TERM_LENGTH) {
            throw Refusal.onField("q", FieldCode.TOO_LONG, "max", (long) TERM_LENGTH).toException();
        }
        notNegative("minPriceCents", minPriceCents);
        notNegative("maxPriceCents", maxPriceCents);
        CatalogueQuery query = new CatalogueQuery(term,
                parse("category", category, Category.values(), Category::valueOf),
                parse("delivery", delivery, Delivery.values(), Delivery::valueOf),
                minPriceCents, maxPriceCents,
                sort == null ? CatalogueSort.TITLE : parse("sort", sort, CatalogueSort.values(), CatalogueSort::valueOf));
        return reader.search(employee.requireEmployerId(), query, Math.max(0, page), Math.clamp(size, 1, MAX_PAGE_SIZE));
    }

    @Get("/{id}")
    @InvalidParameterProblem
    @Operation(operationId = "getCatalogueOffer", summary = "Shows an offer with what the employee's allowances would pay",
            description = "availability IN_STOCK, LOW (remaining says how many, 5 or fewer) or SOLD_OUT; "
                    + "allowancesCents and cardCents split one unit as checkout would, over the employee's active "
                    + "grants today.")
    @ApiResponse(responseCode = "200", description = "The offer")
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such offer, not published, or not open "
            + "to the employee's employer",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    CatalogueOfferDetail offer(@Parameter(hidden = true) CurrentUser employee, @PathVariable long id) {
        return reader.offer(employee.requireEmployerId(), employee.id(), id)
                .orElseThrow(() -> Refusal.of(GeneralRefusal.NOT_FOUND).toException());
    }

    @Get("/{id}/image")
    @Produces(IMAGE_JPEG)
    @InvalidParameterProblem
    @Operation(operationId = "getCatalogueOfferImage", summary = "Sends the offer's picture",
            description = "JPEG, at most 800 x 800 pixels; the browser may keep it a day (Cache-Control private).")
    @ApiResponse(responseCode = "200", description = "The picture",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL),
            content = @Content(mediaType = IMAGE_JPEG, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such offer, not open to the employee's "
            + "employer, or without a picture",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<byte[]> image(@Parameter(hidden = true) CurrentUser employee, @PathVariable long id) {
        OfferImageReader.Image image = images.forEmployer(employee.requireEmployerId(), id)
                .orElseThrow(() -> Refusal.of(GeneralRefusal.NOT_FOUND).toException());
        return HttpResponse.ok(image.bytes()).contentType(image.contentType())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** A price bound below 0 would match every offer: it is refused, not read as no bound. */
    private static void notNegative(String name, @Nullable Long cents) {
        if (cents != null && cents < 0) {
            throw Refusal.onField(name, FieldCode.TOO_SMALL, "min", 0L).toException();
        }
    }

        /** Exactly one of the document's values: a lower-case or padded value is refused, not guessed. */
    private static <E extends Enum<E>> @Nullable E parse(String name, @Nullable String value, E[] values,
                                                        Function<String, E> valueOf) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf.apply(value);
        } catch (IllegalArgumentException unknown) {
            throw Refusal.onField(name, FieldCode.UNKNOWN_VALUE, "allowed",
                    Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "))).toException();
        }
    }
}
