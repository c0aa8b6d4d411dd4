package org.openbenefits.platform.employee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.RefusalWording;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.RoleOperations;
import org.openbenefits.platform.web.openapi.MediaTypeProblem;

/**
 * CSV import of employees: the template, a preview that writes nothing, and the import of the valid lines, which runs
 * in the background as a job that the caller polls. The file comes as the request body ({@code text/csv}) or as the
 * {@code file} part of a {@code multipart/form-data} form. Jobs are confined to the caller's employer. A file above the
 * limits ({@link ImportLimits}) is refused whole, with the limit (and for lines, what was found) as the problem's
 * parameters: by the use cases, or by the HTTP server when the body exceeds what it lets in ({@link #tooLarge}), with
 * the same answer.
 * Reports are worded in the request's language (Accept-Language), each line error from its code.
 */
@Controller(ImportController.PATH)
@Secured("HR_MANAGER")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Employee import", description = "CSV import of employee profiles")
class ImportController {

    static final String TEXT_CSV = "text/csv";

    private static final String CSV_EXAMPLE = "prenom;nom;email;matricule;service;site\n"
            + "Élodie;Lefèvre;elodie.lefevre@entreprise.fr;M0001;Comptabilité;Lyon\n";

    /** The form an import page posts, for the OpenAPI document: the CSV file in the part {@code file}. */
    @Schema(name = "CsvUpload", requiredProperties = "file")
    record CsvUpload(@Schema(type = "string", format = "binary", description = "The CSV file") String file) {
    }

    /** Its own prefix, so that no import path reads like an employee's ({@code /employees/{id}}); see ImportPathAliases. */
    static final String PATH = "/api/v1/employee-imports";

    private final PreviewEmployeeImport previewImport;
    private final ImportEmployees importEmployees;
    private final ImportJobReader jobs;
    private final ImportLimits limits;
    private final ExceptionHandler<Refused, HttpResponse<?>> refusals;

    ImportController(PreviewEmployeeImport previewImport, ImportEmployees importEmployees, ImportJobReader jobs,
                     ImportLimits limits, ExceptionHandler<Refused, HttpResponse<?>> refusals) {
        this.previewImport = previewImport;
        this.importEmployees = importEmployees;
        this.jobs = jobs;
        this.limits = limits;
        this.refusals = refusals;
    }

    @Get("/template")
    @Produces(TEXT_CSV + ";charset=UTF-8")
    @Operation(operationId = "getEmployeeImportTemplate",
            summary = "The CSV template: header row and two example lines")
    @ApiResponse(responseCode = "200", description = "The template, UTF-8 with a BOM, as an attachment",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "template", value = EmployeeCsv.TEMPLATE)))
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
    @MediaTypeProblem
    @Operation(operationId = "previewEmployeeImport", summary = "Checks a CSV file line by line and writes nothing",
            description = "Columns: prenom, nom, email, matricule (required), service, site. ';' or ','.",
            requestBody = @RequestBody(required = true, description = "The CSV file, UTF-8 (a BOM is allowed), "
                    + "';' or ',' between values, as the body or as the file part of a form",
                    content = {@Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                            examples = @ExampleObject(name = "oneLine", value = CSV_EXAMPLE)),
                            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string"),
                                    examples = @ExampleObject(name = "oneLine", value = CSV_EXAMPLE)),
                            @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                                    schema = @Schema(implementation = CsvUpload.class))}))
    @ApiResponse(responseCode = "200", description = "The lines' errors (the first 1,000 listed, all counted), each "
            + "with its field code and parameters; nothing written")
    @ApiResponse(responseCode = "400", description = "import.csv-unreadable, the field file saying why "
            + "(import.csv-not-utf8, import.csv-empty, import.csv-columns-missing); import.csv-too-many-lines: more "
            + "data lines than the limit (100,000), parameters limit and found",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "import.csv-too-large: more bytes than the limit (10 MB), "
            + "parameter limit in bytes",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "import.previews-busy: too many previews at once, with "
            + "Retry-After",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    ImportReport preview(@Parameter(hidden = true) CurrentUser hr, @Body @Parameter(hidden = true) byte[] csv, HttpRequest<?> request) {
        return report(previewImport.preview(hr, csv), RefusalWording.languageOf(request));
    }

    @Post("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Hidden // documented with the raw-body operation of the same path, as one of its request contents
    ImportReport previewUpload(@Parameter(hidden = true) CurrentUser hr, @Part("file") CompletedFileUpload file,
                               HttpRequest<?> request) {
        return report(previewImport.preview(hr, bytes(file)), RefusalWording.languageOf(request));
    }

    @Post
    @Consumes({TEXT_CSV, MediaType.TEXT_PLAIN})
    @MediaTypeProblem
    @Operation(operationId = "startEmployeeImport",
            summary = "Starts importing the valid lines of a CSV file, in the background",
            description = "Answers 202 at once with the job (RUNNING) and its address in Location; poll "
                    + "GET /api/v1/employee-imports/{id} for processedLines out of totalLines, then the report. "
                    + "The valid lines are created (profile and invitation each) all together at the end, or none "
                    + "if the import fails; the others are reported (the first 1,000 errors listed, all counted). An "
                    + "unreadable file, or one above the limits, is refused at once and no job is recorded.",
            requestBody = @RequestBody(required = true, description = "The CSV file, UTF-8 (a BOM is allowed), "
                    + "';' or ',' between values, as the body or as the file part of a form",
                    content = {@Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                            examples = @ExampleObject(name = "oneLine", value = CSV_EXAMPLE)),
                            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string"),
                                    examples = @ExampleObject(name = "oneLine", value = CSV_EXAMPLE)),
                            @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                                    schema = @Schema(implementation = CsvUpload.class))}))
    @ApiResponse(responseCode = "202", description = "The import runs; Location names the job",
            headers = @Header(name = HttpHeaders.LOCATION, description = "/api/v1/employee-imports/{id}"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class)))
    @ApiResponse(responseCode = "400", description = "import.csv-unreadable, the field file saying why "
            + "(import.csv-not-utf8, import.csv-empty, import.csv-columns-missing); import.csv-too-many-lines: more "
            + "data lines than the limit (100,000), parameters limit and found",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "import.csv-too-large: more bytes than the limit (10 MB), "
            + "parameter limit in bytes",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "import.busy: too many imports waiting, with Retry-After",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<ImportJobView> run(@Parameter(hidden = true) CurrentUser hr, @Body @Parameter(hidden = true) byte[] csv) {
        return started(importEmployees.start(hr, csv));
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Hidden // documented with the raw-body operation of the same path, as one of its request contents
    HttpResponse<ImportJobView> runUpload(@Parameter(hidden = true) CurrentUser hr,
                                          @Part("file") CompletedFileUpload file) {
        return started(importEmployees.start(hr, bytes(file)));
    }

    @Get("/{id}")
    @InvalidParameterProblem
    @Operation(operationId = "getEmployeeImport", summary = "Shows where an import stands",
            description = "RUNNING with processedLines out of totalLines, DONE with the report, or FAILED with the "
                    + "reason and its failureCode (nobody was created). A job whose server stopped reads FAILED, "
                    + "INTERRUPTED, about a minute later. The report's line errors and the reason are worded in the "
                    + "request's language.")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", description = "import.not-found: no such import at the caller's employer",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    ImportJobView job(@Parameter(hidden = true) CurrentUser hr, @PathVariable long id, HttpRequest<?> request) {
        return jobs.find(hr.requireEmployerId(), id, RefusalWording.languageOf(request))
                .orElseThrow(() -> Refusal.of(EmployeeRefusal.IMPORT_NOT_FOUND).toException());
    }

    /**
     * A body larger than the HTTP server lets in (micronaut.server.max-request-size, max-request-buffer-size, or the
     * multipart part's max-file-size): the same refusal as a file above the import's limit, never the framework's own.
     */
    @Error(exception = ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request) {
        return refusals.handle(request, AdmitImportFile.tooLarge(limits.maxFileBytes()).toException());
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

    private static ImportReport report(PreviewEmployeeImport.Result result, String language) {
        return switch (result) {
            case PreviewEmployeeImport.Reported reported -> ImportViews.report(reported.report(), language);
            case Declined declined -> throw declined.refusal().toException();
        };
    }

    private static HttpResponse<ImportJobView> started(ImportEmployees.Result result) {
        return switch (result) {
            case ImportEmployees.Started started -> HttpResponse.<ImportJobView>accepted(
                    URI.create(PATH + "/" + started.jobId())).body(ImportViews.started(started));
            case Declined declined -> throw declined.refusal().toException();
        };
    }
}
