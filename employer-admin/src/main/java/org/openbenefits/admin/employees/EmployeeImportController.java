package org.openbenefits.admin.employees;

import static org.openbenefits.admin.web.FormFields.text;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.exceptions.BufferLengthExceededException;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.employee.EmployeeImportApiClient;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.api.RefusalWording;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * The CSV import of employees ({@code /salaries/import}), in two steps: the uploaded file is previewed (platform-api
 * checks every line and writes nothing), then "Importer les N lignes valides" starts the import, which runs in the
 * background while its page polls the progress ({@code /salaries/import/{job}/avancement}, every half second, htmx)
 * until the final report. The file travels from one step to the next in the page itself, see {@link CarriedCsv}.
 * A file above platform-api's limits (size, lines) comes back to the upload form with the limit beside the field, in
 * the page's language, worded from the problem's code and parameters ({@code problem.import.*} in the bundles); so
 * are the errors of each line and a failed import's reason.
 */
@Controller(EmployeeImportController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
class EmployeeImportController {

    static final String PATH = AdminPaths.EMPLOYEES + "/import";
    static final String FILE = "fichier";
    private static final String TEMPLATE_NAME = "modele-import-salaries.csv";
    /** A failed import's reason, by its code, as the bundles word it. */
    private static final Map<String, String> FAILURES = Map.of(ImportJobView.INTERRUPTED, "import.failed.interrupted",
            ImportJobView.BUSY, "import.failed.busy", ImportJobView.ERROR, "import.failed.error");
    private static final Pattern SAFE_DISPOSITION = Pattern.compile("attachment; filename=\"[A-Za-z0-9._-]{1,100}\"");

    private final EmployeeImportApiClient imports;
    private final ApiProblems problems;
    private final RefusalWording wording;
    private final Texts texts;
    private final HttpLocaleResolver locales;
    private final long maxFileBytes;

    EmployeeImportController(EmployeeImportApiClient imports, ApiProblems problems, RefusalWording wording,
                             Texts texts, HttpLocaleResolver locales, HttpServerConfiguration server) {
        this.imports = imports;
        this.problems = problems;
        this.wording = wording;
        this.texts = texts;
        this.locales = locales;
        this.maxFileBytes = server.getMultipart().getMaxFileSize();
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> upload() {
        return uploadPage(Form.empty());
    }

    /** The template, as platform-api serves it (UTF-8 with BOM, so that spreadsheets read the accents). */
    @Get(uri = "/modele", produces = EmployeeImportApiClient.TEXT_CSV)
    HttpResponse<byte[]> template() {
        HttpResponse<byte[]> template = imports.template();
        String disposition = template.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition == null || !SAFE_DISPOSITION.matcher(disposition).matches()) {
            disposition = "attachment; filename=\"" + TEMPLATE_NAME + "\"";
        }
        return HttpResponse.ok(template.body() == null ? new byte[0] : template.body())
                .contentType(MediaType.of(EmployeeImportApiClient.TEXT_CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition);
    }

    /** Step 1: the preview of the uploaded file (multipart: the anti-forgery token is in the form's address). */
    @Post(uri = "/apercu", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> preview(HttpRequest<?> request, @Nullable @Part(FILE) CompletedFileUpload fichier) throws IOException {
        byte[] csv = fichier == null ? new byte[0] : fichier.getBytes();
        if (csv.length == 0) {
            return refusedUpload(HttpStatus.UNPROCESSABLE_ENTITY,
                    Form.empty().reject(FILE, texts.get(request, "import.error.noFile")));
        }
        return previewOf(request, csv, fichier.getFilename(), null);
    }

    /** Reloading the preview's address, or coming back to it after signing in, starts again from the upload. */
    @Get("/apercu")
    HttpResponse<?> previewAgain() {
        return HttpResponse.seeOther(URI.create(PATH));
    }

    /** Step 2: the import of the previewed file's valid lines, which goes on in the background. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> start(HttpRequest<?> request, @Body Map<String, Object> body) {
        Optional<byte[]> csv = CarriedCsv.unpack(text(body, FILE), maxFileBytes);
        if (csv.isEmpty()) {
            return refusedUpload(HttpStatus.UNPROCESSABLE_ENTITY,
                    Form.empty().reject(FILE, texts.get(request, "import.error.lost")));
        }
        ImportJobView job;
        try {
            job = imports.start(csv.get());
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (refusesTheFile(problem)) {
                return refusedUpload(HttpStatus.UNPROCESSABLE_ENTITY, refusedFile(problem));
            }
            // import.busy and the like: the preview again, with the reason above it, to try again later.
            return previewOf(request, csv.get(), text(body, "fileName"), reason(problem));
        }
        return HttpResponse.seeOther(URI.create(PATH + "/" + job.id()));
    }

    /** The import's page: its progress, then its report. */
    @Get(uri = "/{job}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> job(HttpRequest<?> request, @PathVariable long job) {
        return new ModelAndView<>("employees/import-job", progressModel(find(job), locales.resolveOrDefault(request)));
    }

    /** The progress fragment the import's page polls; it stops polling once the import is over. */
    @Get(uri = "/{job}/avancement", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> progress(HttpRequest<?> request, @PathVariable long job) {
        return new ModelAndView<>("employees/import-progress",
                progressModel(find(job), locales.resolveOrDefault(request)));
    }

    /**
     * An upload larger than micronaut.server.multipart.max-file-size, or a body larger than the server buffers: the
     * upload form says so beside the field.
     */
    @Error(exception = ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request) {
        return refusedUpload(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                Form.empty().reject(FILE, texts.get(request, "import.error.tooLarge", megabytes())));
    }

    @Error(exception = BufferLengthExceededException.class)
    HttpResponse<?> tooLargeToBuffer(HttpRequest<?> request) {
        return tooLarge(request);
    }

    private HttpResponse<?> previewOf(HttpRequest<?> request, byte[] csv, @Nullable String fileName,
                                      @Nullable String globalError) {
        ImportReport report;
        try {
            report = imports.preview(csv);
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            return refusedUpload(HttpStatus.UNPROCESSABLE_ENTITY, refusesTheFile(problem)
                    ? refusedFile(problem) : Form.empty().fail(reason(problem)));
        } catch (HttpClientException unreachable) {
            return refusedUpload(HttpStatus.SERVICE_UNAVAILABLE, Form.empty().fail(texts.get(request, "api.unreachable")));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("report", worded(report, locales.resolveOrDefault(request)));
        model.put("fileName", fileName == null ? "" : fileName);
        model.put("carried", CarriedCsv.pack(csv));
        model.put("rejectedLines", report.lines() - report.validLines());
        model.put("errorsCapped", report.errorCount() > report.errors().size());
        model.put("form", globalError == null ? Form.empty() : Form.empty().fail(globalError));
        return HttpResponse.ok(new ModelAndView<>("employees/import-preview", model));
    }

    private ImportJobView find(long job) {
        return imports.job(job).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No import " + job));
    }

    private Map<String, Object> progressModel(ImportJobView job, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("job", job);
        model.put("running", ImportJobView.RUNNING.equals(job.status()));
        model.put("done", ImportJobView.DONE.equals(job.status()));
        model.put("failed", ImportJobView.FAILED.equals(job.status()));
        model.put("pageUrl", PATH + "/" + job.id());
        model.put("pollUrl", PATH + "/" + job.id() + "/avancement");
        model.put("percent", job.totalLines() == 0 ? 0 : 100L * job.processedLines() / job.totalLines());
        ImportReport report = job.report() == null ? null : worded(job.report(), locale);
        model.put("report", report);
        model.put("rejectedLines", report == null ? 0 : report.lines() - report.validLines());
        model.put("errorsCapped", report != null && report.errorCount() > report.errors().size());
        model.put("failureKey", job.failureCode() == null ? null : FAILURES.get(job.failureCode()));
        return model;
    }

    /** The errors of the report's lines in the portal's words, from their codes; the API's for a code it has none for. */
    private ImportReport worded(ImportReport report, Locale locale) {
        return new ImportReport(report.lines(), report.validLines(), report.imported(), report.errors().stream()
                .map(error -> new ImportReport.LineError(error.line(), error.column(), error.code(),
                        wording.word(error.code(), error.parameters(), locale).orElse(error.message()),
                        error.parameters()))
                .toList(), report.errorCount());
    }

    /** Whether platform-api refused the file as a whole: unreadable, or above its size or line limits. */
    private static boolean refusesTheFile(ProblemDetail problem) {
        return ApiProblems.is(problem, EmployeeRefusal.CSV_UNREADABLE, EmployeeRefusal.CSV_TOO_LARGE,
                EmployeeRefusal.CSV_TOO_MANY_LINES);
    }

    /**
     * A refusal of the whole file, beside the file field: the size and line limits as the page words them (the
     * problem's detail, see {@link ApiProblems}); an unreadable file with the reason its {@code file} field gives.
     */
    private static Form refusedFile(ProblemDetail problem) {
        return problem.errors().isEmpty() ? Form.empty().reject(FILE, reason(problem))
                : Form.empty().reject(problem, Map.of("file", FILE));
    }

    /** Why platform-api said no, for above the form (import.busy with the seconds to wait...), in the page's words. */
    private static String reason(ProblemDetail problem) {
        return problem.detail() != null ? problem.detail() : problem.title();
    }

    private HttpResponse<?> refusedUpload(HttpStatus status, Form form) {
        return HttpResponse.status(status).body(uploadPage(form));
    }

    private ModelAndView<Map<String, Object>> uploadPage(Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("maxMegabytes", megabytes());
        return new ModelAndView<>("employees/import", model);
    }

    private long megabytes() {
        return maxFileBytes / (1024 * 1024);
    }
}
