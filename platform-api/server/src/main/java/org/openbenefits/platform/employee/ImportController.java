package org.openbenefits.platform.employee;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.ProblemException;

/**
 * CSV import of employees: the template, a preview that writes nothing, and the import of the valid lines. The file
 * comes as the request body ({@code text/csv}) or as the {@code file} part of a {@code multipart/form-data} form.
 */
@Controller("/api/v1/employees/imports")
@Secured("HR_MANAGER")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Employee import", description = "CSV import of employee profiles")
@SecurityRequirement(name = "bearerAuth")
@ApiResponse(responseCode = "400", description = "CSV_UNREADABLE: not UTF-8, empty, or required columns missing",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
class ImportController {

    static final String TEXT_CSV = "text/csv";

    private final ImportEmployees importEmployees;

    ImportController(ImportEmployees importEmployees) {
        this.importEmployees = importEmployees;
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
    ImportReport preview(@Parameter(hidden = true) CurrentUser hr, @Body byte[] csv) {
        return report(importEmployees.preview(hr, csv));
    }

    @Post("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    ImportReport previewUpload(@Parameter(hidden = true) CurrentUser hr, @Part("file") CompletedFileUpload file) {
        return report(importEmployees.preview(hr, bytes(file)));
    }

    @Post
    @Consumes({TEXT_CSV, MediaType.TEXT_PLAIN})
    @Operation(summary = "Imports the valid lines of a CSV file",
            description = "Creates a profile and sends an invitation for each valid line; the others are reported.")
    ImportReport run(@Parameter(hidden = true) CurrentUser hr, @Body byte[] csv) {
        return report(importEmployees.run(hr, csv));
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    ImportReport runUpload(@Parameter(hidden = true) CurrentUser hr, @Part("file") CompletedFileUpload file) {
        return report(importEmployees.run(hr, bytes(file)));
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportReport report(ImportEmployees.Result result) {
        return switch (result) {
            case ImportEmployees.Reported reported -> reported.report();
            case ImportEmployees.Unreadable unreadable -> throw ProblemException.onField(HttpStatus.BAD_REQUEST,
                    ProblemCodes.CSV_UNREADABLE, "file", unreadable.reason()).titled("Fichier illisible");
        };
    }
}
