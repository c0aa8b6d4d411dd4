package org.openbenefits.admin.platform;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Named;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.OfferAdminApiClient;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * An offer's picture, from its page ({@code /plateforme/offres/{id}}): the current one passed on from platform-api
 * ({@code GET .../image}), and a PNG or JPEG file sent to replace it ({@code POST .../image}, multipart: the
 * anti-forgery token is in the form's address). The file's first bytes say whether it is sent as a PNG or a JPEG (a
 * file that is neither is refused here); platform-api checks its size and reads it, shrinks it and stores it as JPEG;
 * what it refuses (a file too large, not a readable picture) is said beside the file field in the page's words.
 */
@Controller(AdminPaths.OFFERS + "/{id}/image")
@ExecuteOn(TaskExecutors.BLOCKING)
class OfferImageController {

    static final String FIELD = "image";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final Pattern PATH = Pattern.compile(Pattern.quote(AdminPaths.OFFERS) + "/(\\d{1,18})/image");
    private static final long MEGABYTES = OfferAdminApiClient.IMAGE_MAX_BYTES / (1024 * 1024);

    private final OfferAdminApiClient offers;
    private final ApiProblems problems;
    private final Texts texts;
    private final ExecutorService blocking;

    OfferImageController(OfferAdminApiClient offers, ApiProblems problems, Texts texts,
                         @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.offers = offers;
        this.blocking = blocking;
        this.problems = problems;
        this.texts = texts;
    }

    /** The offer's picture as platform-api stores it, never kept by the browser (a new one may replace it). */
    @Get(produces = OfferAdminApiClient.IMAGE_JPEG)
    HttpResponse<byte[]> image(@PathVariable long id) {
        HttpResponse<byte[]> picture;
        try {
            picture = offers.image(id);
        } catch (HttpClientResponseException refused) {
            if (refused.getStatus() == HttpStatus.NOT_FOUND) {
                throw new HttpStatusException(HttpStatus.NOT_FOUND, "No picture for this offer");
            }
            throw refused;
        }
        byte[] bytes = picture == null ? null : picture.body();
        if (bytes == null || picture.getStatus() != HttpStatus.OK) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No picture for this offer");
        }
        return HttpResponse.ok(bytes).contentType(OfferAdminApiClient.IMAGE_JPEG);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> upload(HttpRequest<?> request, @PathVariable long id,
                           @Nullable @Part(FIELD) CompletedFileUpload image) throws IOException {
        OfferAdminView stored = found(id, offers.offer(id));
        byte[] file = image == null ? new byte[0] : image.getBytes();
        if (file.length == 0) {
            return refused(stored, texts.get(request, "offers.image.error.noFile"), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        OfferAdminView changed;
        try {
            if (startsWith(file, PNG)) {
                changed = offers.setPngImage(id, file);
            } else if (startsWith(file, JPEG)) {
                changed = offers.setJpegImage(id, file);
            } else {
                return refused(stored, texts.get(request, "offers.image.error.unreadable"),
                        HttpStatus.UNPROCESSABLE_ENTITY);
            }
        } catch (HttpClientResponseException refusal) {
            return refused(request, stored, refusal);
        } catch (HttpClientException unreachable) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(page(stored,
                    Form.empty().fail(texts.get(request, "api.unreachable"))));
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(AdminPaths.OFFERS + "/" + id));
        Flash.next(request, response, "offers.image.saved", changed.title());
        return response;
    }

    /**
     * A file over the portal's own upload limit (10 MB) never reaches the controller: the offer's page again, with the
     * picture's limit beside the field. Error handlers run on the event loop: the offer is read on a blocking thread.
     */
    @Error(exception = ContentLengthExceededException.class)
    CompletableFuture<HttpResponse<?>> tooLargeToReceive(HttpRequest<?> request) {
        Matcher path = PATH.matcher(request.getPath());
        if (!path.matches()) {
            return CompletableFuture.failedFuture(new HttpStatusException(HttpStatus.NOT_FOUND, "No offer"));
        }
        long id = Long.parseLong(path.group(1));
        String message = tooLarge(request);
        return CompletableFuture.supplyAsync(() -> refused(found(id, offers.offer(id)), message,
                HttpStatus.REQUEST_ENTITY_TOO_LARGE), blocking);
    }

    @Error(exception = BufferLengthExceededException.class)
    CompletableFuture<HttpResponse<?>> tooLargeToBuffer(HttpRequest<?> request) {
        return tooLargeToReceive(request);
    }

    /**
     * platform-api's refusals on the field image in this page's words (its {@code field.too-large} counts bytes);
     * anything else above the picture's form.
     */
    private HttpResponse<?> refused(HttpRequest<?> request, OfferAdminView stored,
                                    HttpClientResponseException refusal) {
        int status = refusal.getStatus().getCode();
        if (status == 401 || status == 403 || status >= 500) {
            throw refusal;
        }
        if (status == 404) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No offer " + stored.id());
        }
        ProblemDetail problem = problems.of(refusal);
        for (ProblemDetail.FieldError error : problem.errors()) {
            if (FIELD.equals(error.field()) && FieldCode.TOO_LARGE.code().equals(error.code())) {
                return refused(stored, tooLarge(request), HttpStatus.UNPROCESSABLE_ENTITY);
            }
            if (FIELD.equals(error.field()) && CatalogueRefusal.IMAGE_UNREADABLE.code().equals(error.code())) {
                return refused(stored, texts.get(request, "offers.image.error.unreadable"),
                        HttpStatus.UNPROCESSABLE_ENTITY);
            }
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(stored, Form.empty().reject(problem)));
    }

    private String tooLarge(HttpRequest<?> request) {
        return texts.get(request, "offers.image.error.tooLarge", Long.toString(MEGABYTES));
    }

    private static HttpResponse<?> refused(OfferAdminView stored, String message, HttpStatus status) {
        return HttpResponse.status(status).body(page(stored, Form.empty().reject(FIELD, message)));
    }

    private static ModelAndView<Map<String, Object>> page(OfferAdminView stored, Form picture) {
        ModelAndView<Map<String, Object>> page = OffersController.form(OfferForm.of(stored), stored);
        page.getModel().ifPresent(model -> model.put("picture", picture));
        return page;
    }

    private static boolean startsWith(byte[] file, byte[] magic) {
        return file.length >= magic.length && Arrays.equals(file, 0, magic.length, magic, 0, magic.length);
    }

    private static OfferAdminView found(long id, @Nullable OfferAdminView offer) {
        if (offer == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "No offer " + id);
        }
        return offer;
    }
}
