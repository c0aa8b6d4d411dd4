package org.openbenefits.platform.employee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.ProblemException;

/**
 * CSV import of employees: the template, a preview that writes nothing, and the import of the valid lines, which runs
 * in the background as a job that the caller polls. The file comes as the request body ({@code text/csv}) or as the
 * {@code file} part of a {@code multipart/form-data} form. Jobs are confined to the caller's employer. A file above the
 * limits ({@link ImportLimits}) is refused whole, with the limit and what was found as the problem's parameters: by
 * the use cases, or by the HTTP server when the body exceeds what it lets in ({@link #tooLarge}), with the same answer.
 */
@Controller("/api/v1/employees/imports")
@Secured("HR_MANAGER")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Employee import", description = "CSV import of employee profiles")
@SecurityRequirement(name = "bearerAuth")
class ImportController {

    static final String TEXT_CSV = "text/csv";

    private static final String PATH = "/api/v1/employees/imports";

    private final PreviewEmployeeImport previewImport;
    private final ImportEmployees importEmployees;
    private final ImportJobs jobs;
    private final ImportLimits limits;
    private final ExceptionHandler<ProblemException, HttpResponse<?>> problems;

    ImportController(PreviewEmployeeImport previewImport, ImportEmployees importEmployees, ImportJobs jobs,
                     ImportLimits limits, ExceptionHandler<ProblemException, HttpResponse<?>> problems) {
        this.previewImport = previewImport;
        this.importEmployees = importEmployees;
        this.jobs = jobs;
        this.limits = limits;
        this.problems = problems;
    }

    @Get("/template")
    @Produces(TEXT_CSV + ";charset=UTF-8")
    @Operation(summary = "The CSV template: header row and two example lines")
    HttpResponse<byte[]> template() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = EmployeeCsv.TEMPLATE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        return HttpResponse.ok(withBom).contentType(TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"modele-import-salaries.csv\"");
    }

    @Post("/preview")
    @Consumes({TEXT_CSV, MediaType.TEXT_PLAIN})
    @Operation(summary = "Checks a CSV file line by line and writes nothing",
            description = "Columns: prenom, nom, email, matricule (required), service, site. ';' or ','.")
    @ApiResponse(responseCode = "200", description = "The lines' errors (the first 1,000 listed, all counted); nothing "
            + "written")
    @ApiResponse(responseCode = "400", description = "CSV_UNREADABLE: not UTF-8, empty, or required columns missing; "
            + "CSV_TOO_MANY_LINES: more data lines than the limit (100,000), parameters limit and found",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "CSV_TOO_LARGE: more bytes than the limit (10 MB), parameters "
            + "limit and found",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "IMPORTS_BUSY: too many previews at once, with Retry-After",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    ImportReport preview(@Parameter(hidden = true) CurrentUser hr, @Body byte[] csv) {
        return report(previewImport.preview(hr, csv));
    }

    @Post("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    ImportReport previewUpload(@Parameter(hidden = true) CurrentUser hr, @Part("file") CompletedFileUpload file) {
        return report(previewImport.preview(hr, bytes(file)));
    }

    @Post
    @Consumes({TEXT_CSV, MediaType.TEXT_PLAIN})
    @Operation(summary = "Starts importing the valid lines of a CSV file, in the background",
            description = "Answers 202 at once with the job (RUNNING) and its address in Location; poll "
                    + "GET /api/v1/employees/imports/{id} for processedLines out of totalLines, then the report. "
                    + "The valid lines are created (profile and invitation each) all together at the end, or none "
                    + "if the import fails; the others are reported (the first 1,000 errors listed, all counted). An "
                    + "unreadable file, or one above the limits, is refused at once and no job is recorded.")
    @ApiResponse(responseCode = "202", description = "The import runs; Location names the job",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/v1/employees/imports/{id}"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class)))
    @ApiResponse(responseCode = "400", description = "CSV_UNREADABLE: not UTF-8, empty, or required columns missing; "
            + "CSV_TOO_MANY_LINES: more data lines than the limit (100,000), parameters limit and found",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "CSV_TOO_LARGE: more bytes than the limit (10 MB), parameters "
            + "limit and found",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "IMPORTS_BUSY: too many imports waiting, with Retry-After",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<ImportJobView> run(@Parameter(hidden = true) CurrentUser hr, @Body byte[] csv) {
        return started(importEmployees.start(hr, csv));
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ImportJobView> runUpload(@Parameter(hidden = true) CurrentUser hr,
                                          @Part("file") CompletedFileUpload file) {
        return started(importEmployees.start(hr, bytes(file)));
    }

    @Get("/{id}")
    @Operation(summary = "Shows where an import stands",
            description = "RUNNING with processedLines out of totalLines, DONE with the report, or FAILED with the "
                    + "reason and its failureCode (nobody was created). A job whose server stopped reads FAILED, "
                    + "INTERRUPTED, about a minute later.")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: no such import at the caller's employer",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    ImportJobView job(@Parameter(hidden = true) CurrentUser hr, @PathVariable long id) {
        return jobs.find(hr.requireEmployerId(), id).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                ProblemCodes.NOT_FOUND, "Cet import n'existe pas, ou ne concerne pas votre entreprise.")
                .titled("Import introuvable"));
    }

    /**
     * A body larger than the HTTP server lets in (micronaut.server.max-request-size, max-request-buffer-size, or the
     * multipart part's max-file-size): the same refusal as a file above the import's limit, never the framework's own.
     */
    @Error(exception = ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request) {
        return problems.handle(request, tooLarge(limits.maxFileBytes(), request.getContentLength()));
    }

    @Error(exception = BufferLengthExceededException.class)
    HttpResponse<?> tooLargeToBuffer(HttpRequest<?> request) {
        return tooLarge(request);
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportReport report(PreviewEmployeeImport.Result result) {
        return switch (result) {
            case PreviewEmployeeImport.Reported reported -> reported.report();
            case FileRefusal refusal -> throw refused(refusal);
            case PreviewEmployeeImport.Busy busy -> throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemCodes.IMPORTS_BUSY, PreviewEmployeeImport.BUSY, List.of(), busy.retryAfter())
                    .titled("Vérifications occupées");
        };
    }

    private static HttpResponse<ImportJobView> started(ImportEmployees.Result result) {
        return switch (result) {
            case ImportEmployees.Started started -> HttpResponse.<ImportJobView>accepted(
                    URI.create(PATH + "/" + started.job().id())).body(started.job());
            case FileRefusal refusal -> throw refused(refusal);
            case ImportEmployees.Busy busy -> throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemCodes.IMPORTS_BUSY, ImportEmployees.BUSY, List.of(), busy.retryAfter())
                    .titled("Imports occupés");
        };
    }

    private static ProblemException refused(FileRefusal refusal) {
        return switch (refusal) {
            case FileRefusal.Unreadable unreadable -> ProblemException.onField(HttpStatus.BAD_REQUEST,
                    ProblemCodes.CSV_UNREADABLE, "file", unreadable.reason()).titled("Fichier illisible");
            case FileRefusal.TooLarge tooLarge -> tooLarge(tooLarge.limit(), tooLarge.found());
            case FileRefusal.TooManyLines tooMany -> ProblemException.onField(HttpStatus.BAD_REQUEST,
                    ProblemCodes.CSV_TOO_MANY_LINES, "file", "Le fichier compte " + french(tooMany.found())
                            + " lignes de salariés ; un import en prend " + french(tooMany.limit())
                            + " au plus. Découpez-le en plusieurs fichiers, puis importez-les l'un après l'autre.")
                    .titled("Fichier trop long").withParameters(parameters(tooMany.limit(), (long) tooMany.found()));
        };
    }

    /** {@code found} is what the request announced, or -1 when it did not say (chunked). */
    private static ProblemException tooLarge(long limit, long found) {
        return ProblemException.onField(HttpStatus.REQUEST_ENTITY_TOO_LARGE, ProblemCodes.CSV_TOO_LARGE, "file",
                        "Le fichier dépasse la taille maximale d'un import (" + megabytes(limit) + "). Découpez-le "
                                + "en plusieurs fichiers, puis importez-les l'un après l'autre.")
                .titled("Fichier trop volumineux").withParameters(parameters(limit, found < 0 ? null : found));
    }

    private static Map<String, Object> parameters(long limit, @Nullable Long found) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("limit", limit);
        if (found != null) {
            parameters.put("found", found);
        }
        return parameters;
    }

    /** 186000 -> "186 000". */
    private static String french(long number) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(number);
    }

    /** 10485760 -> "10 Mo"; 1500000 -> "1,4 Mo". */
    private static String megabytes(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        return format.format(megabytes) + " Mo";
    }
}
