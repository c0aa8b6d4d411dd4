package org.openbenefits.contract.api.employee;

import java.util.Optional;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.annotation.Client;

/**
 * CSV import of employees, for the administration portal: the template, a preview that writes nothing, and the
 * import, which runs in the background and is polled for progress. The CSV goes as the raw bytes of the uploaded
 * file ({@code text/csv}, UTF-8). An unreadable file is a 400 {@code import.csv-unreadable} on the field {@code file}; a
 * file above the import's limits a 413 {@code import.csv-too-large} or a 400 {@code import.csv-too-many-lines}, with
 * the parameters {@code limit} and {@code found}.
 */
@Client(id = "platform-api", path = "/api/v1/employee-imports")
public interface EmployeeImportApiClient {

    String TEXT_CSV = "text/csv";

    /** The template file (UTF-8 with BOM), with its Content-Disposition file name. */
    @Get("/template")
    @Consumes(TEXT_CSV)
    HttpResponse<byte[]> template();

    /** Checks every line and writes nothing. */
    @Post("/preview")
    @Produces(TEXT_CSV)
    ImportReport preview(@Body byte[] csv);

    /** Starts the import (202 Accepted); poll {@link #job(long)} until its status is DONE or FAILED. */
    @Post
    @Produces(TEXT_CSV)
    ImportJobView start(@Body byte[] csv);

    /** Where an import stands; empty if the id is unknown or another employer's job (404). */
    @Get("/{id}")
    Optional<ImportJobView> job(@PathVariable long id);
}
