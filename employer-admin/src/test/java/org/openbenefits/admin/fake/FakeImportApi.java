package org.openbenefits.admin.fake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import org.openbenefits.contract.api.employee.ImportJobView;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * A small platform-api of CSV imports for the portal's component tests (see {@link FakeEmployeeApi}): the template,
 * a preview that checks the required columns and the e-mail syntax, and an import job that moves forward by half of
 * the file each time it is read: RUNNING at half on the first reading, DONE with its report on the next. Like the real
 * one, it refuses files above its limits (10 MB, 100,000 lines unless a test sets others) and lists the first 1,000
 * errors of a report, counting all; its refusals and line errors carry the real one's codes and parameters
 * ({@link FakeProblems}).
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/employee-imports")
public class FakeImportApi {

    public static final String TEMPLATE = "prenom;nom;email;matricule;service;site\r\n"
            + "Élodie;Lefèvre;elodie.lefevre@entreprise.fr;M0001;Comptabilité;Lyon\r\n";
    private static final String TEXT_CSV = "text/csv";
    private static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int MAX_LINES = 100_000;
    private static final int MAX_LISTED = 1_000;

    private final Map<Long, ImportJobView> jobs = new ConcurrentHashMap<>();
    private final List<byte[]> imported = new CopyOnWriteArrayList<>();
    private final Map<Long, Integer> reads = new ConcurrentHashMap<>();
    private final AtomicLong nextJob = new AtomicLong(40);
    private volatile boolean busy;
    private volatile String failingWith;
    private volatile long maxBytes;
    private volatile int maxLines;

    public void reset() {
        jobs.clear();
        reads.clear();
        imported.clear();
        nextJob.set(40);
        busy = false;
        failingWith = null;
        limits(MAX_BYTES, MAX_LINES);
    }

    /** From now on, files above these limits are refused, as platform-api configured so would. */
    public void limits(long maxBytes, int maxLines) {
        this.maxBytes = maxBytes;
        this.maxLines = maxLines;
    }

    /** From now on, imports are refused as import.busy (503, 30 seconds), as when too many wait already. */
    public void busy() {
        busy = true;
    }

    /** From now on, running imports fail, as when their server stops (INTERRUPTED). */
    public void failing() {
        failingWith(ImportJobView.INTERRUPTED);
    }

    /** From now on, running imports fail with this failure code (null: a job failed before codes existed). */
    public void failingWith(String failureCode) {
        failingWith = failureCode == null ? "" : failureCode;
    }

    /** The files the portal sent to be imported, byte for byte. */
    public List<byte[]> imported() {
        return List.copyOf(imported);
    }

    @Get("/template")
    @Produces(TEXT_CSV + ";charset=UTF-8")
    HttpResponse<byte[]> template() {
        byte[] body = ("\uFEFF" + TEMPLATE).getBytes(StandardCharsets.UTF_8);
        return HttpResponse.ok(body).contentType(TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"modele-import-salaries.csv\"");
    }

    @Post("/preview")
    @Consumes(TEXT_CSV)
    HttpResponse<?> preview(@Body byte[] csv) {
        List<String[]> lines = lines(csv);
        HttpResponse<?> refusal = refusal(csv, lines);
        if (refusal != null) {
            return refusal;
        }
        return HttpResponse.ok(check(lines));
    }

    @Post
    @Consumes(TEXT_CSV)
    HttpResponse<?> start(@Body byte[] csv) {
        List<String[]> lines = lines(csv);
        HttpResponse<?> refusal = refusal(csv, lines);
        if (refusal != null) {
            return refusal;
        }
        if (busy) {
            return FakeProblems.response(FakeProblems.refusal(EmployeeRefusal.IMPORTS_BUSY, List.of(), 30L,
                    "seconds", 30L));
        }
        imported.add(csv);
        ImportJobView job = new ImportJobView(nextJob.getAndIncrement(), ImportJobView.RUNNING, lines.size(), 0,
                check(lines), null, null, Instant.parse("2026-11-22T08:00:00Z"), null);
        jobs.put(job.id(), job);
        return HttpResponse.accepted().body(running(job));
    }

    @Get("/{id}")
    HttpResponse<?> job(@PathVariable long id) {
        ImportJobView job = jobs.get(id);
        if (job == null) {
            return FakeProblems.respond(EmployeeRefusal.IMPORT_NOT_FOUND);
        }
        ImportJobView next;
        if (failingWith != null) {
            next = new ImportJobView(id, ImportJobView.FAILED, job.totalLines(), job.processedLines(), null,
                    "L'import s'est interrompu : le serveur a redémarré.",
                    failingWith.isEmpty() ? null : failingWith, job.createdAt(), Instant.parse("2026-11-22T08:01:00Z"));
        } else if (reads.merge(id, 1, Integer::sum) == 1) {
            next = new ImportJobView(id, ImportJobView.RUNNING, job.totalLines(), job.totalLines() / 2, job.report(),
                    null, null, job.createdAt(), null);
        } else {
            ImportReport checked = job.report();
            next = new ImportJobView(id, ImportJobView.DONE, job.totalLines(), job.totalLines(),
                    new ImportReport(checked.lines(), checked.validLines(), checked.validLines(), checked.errors(),
                            checked.errorCount()),
                    null, null, job.createdAt(), Instant.parse("2026-11-22T08:00:05Z"));
        }
        jobs.put(id, next);
        return HttpResponse.ok(next.status().equals(ImportJobView.RUNNING) ? running(next) : next);
    }

    /** A running job shows no report yet (the fake keeps the checked lines in it for later). */
    private static ImportJobView running(ImportJobView job) {
        return new ImportJobView(job.id(), job.status(), job.totalLines(), job.processedLines(), null, null, null,
                job.createdAt(), null);
    }

    private static ImportReport check(List<String[]> lines) {
        List<ImportReport.LineError> errors = new ArrayList<>();
        int errorCount = 0;
        int valid = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i);
            int line = i + 2;
            boolean ok = true;
            String[] names = {"prenom", "nom", "email", "matricule"};
            for (int column = 0; column < names.length; column++) {
                if (fields.length <= column || fields[column].isBlank()) {
                    errors.add(lineError(line, names[column], FieldCode.REQUIRED.code(), Map.of()));
                    ok = false;
                }
            }
            if (fields.length > 2 && !fields[2].isBlank() && !fields[2].contains("@")) {
                errors.add(lineError(line, "email", FieldCode.INVALID_EMAIL.code(), Map.of()));
                ok = false;
            }
            valid += ok ? 1 : 0;
            errorCount = errors.size();
        }
        return new ImportReport(lines.size(), valid, 0, errors.subList(0, Math.min(MAX_LISTED, errors.size())),
                errorCount);
    }

    /** A line error as platform-api reports it: its rule's code and parameters, its message in the call's language. */
    private static ImportReport.LineError lineError(int line, String column, String code, Map<String, Object> parameters) {
        return new ImportReport.LineError(line, column, code, FakeProblems.apiWords(code, FakeProblems.callLanguage()),
                parameters);
    }

    /** Unreadable, too large or too long, as platform-api answers (AdmitImportFile); null when the file passes. */
    private HttpResponse<?> refusal(byte[] csv, List<String[]> lines) {
        if (csv.length > maxBytes) {
            return FakeProblems.respond(EmployeeRefusal.CSV_TOO_LARGE, "limit", maxBytes);
        }
        if (lines == null) {
            return unreadable();
        }
        if (lines.size() > maxLines) {
            return FakeProblems.respond(EmployeeRefusal.CSV_TOO_MANY_LINES, "limit", (long) maxLines,
                    "found", (long) lines.size());
        }
        return null;
    }

    /** The data lines of a ';' or ',' separated file, or null when its first line names no "prenom" column. */
    private static List<String[]> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String[] rows = text.split("\r?\n");
        if (rows.length == 0 || !rows[0].toLowerCase().contains("prenom")) {
            return null;
        }
        String separator = rows[0].contains(";") ? ";" : ",";
        List<String[]> lines = new ArrayList<>();
        for (int i = 1; i < rows.length; i++) {
            if (!rows[i].isBlank()) {
                lines.add(rows[i].split(separator, -1));
            }
        }
        return lines;
    }

    /** A header without the required columns, as the fake reads it: all of them missing. */
    private static HttpResponse<?> unreadable() {
        String columns = TEMPLATE.substring(0, TEMPLATE.indexOf('\r'));
        return FakeProblems.response(FakeProblems.refusal(EmployeeRefusal.CSV_UNREADABLE,
                List.of(FakeProblems.field("file", EmployeeRefusal.CSV_COLUMNS_MISSING,
                        "missing", "prenom, nom, email, matricule", "columns", columns)), null));
    }
}
