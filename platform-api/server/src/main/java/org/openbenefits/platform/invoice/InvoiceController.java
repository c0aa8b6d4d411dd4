package org.openbenefits.platform.invoice;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
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
import org.openbenefits.domain.invoice.Invoice;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.RoleOperations;

/** The employee downloads the invoice (facture) of one of their orders, as a PDF. */
@Controller("/api/v1/me/orders")
@Secured("EMPLOYEE")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Orders", description = "The employee's orders")
class InvoiceController {

    private static final String PDF = "application/pdf";
    /** The invoice names the person and their address: kept by no cache, not even the browser's. */
    private static final String CACHE_CONTROL = "private, no-store";

    private final Invoices invoices;
    private final InvoicePdf pdf;

    InvoiceController(Invoices invoices, InvoicePdf pdf) {
        this.invoices = invoices;
        this.pdf = pdf;
    }

    @Get("/{orderId}/invoice")
    @Produces(PDF)
    @InvalidParameterProblem
    @Operation(operationId = "getOrderInvoice", summary = "Downloads the invoice of one of the employee's orders",
            description = "A4 PDF in French, issued when the order was paid and unchanged since: number "
                    + "(F-YYYY-NNNNNN, an unbroken sequence per calendar year), date, seller, buyer, lines, discount, "
                    + "shipping, total and how it was paid (allowances by kind, card brand and last four digits). "
                    + "An attachment named after the number; never cached.")
    @ApiResponse(responseCode = "200", description = "The invoice",
            headers = {
                    @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                            description = "attachment; filename=\"facture-F-2026-000001.pdf\""),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL)},
            content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "resource.not-found: no such order among the employee's, or "
            + "the order has no invoice yet (not paid)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<byte[]> invoice(@Parameter(hidden = true) CurrentUser employee, @PathVariable long orderId) {
        Invoice invoice = invoices.of(orderId, employee.id())
                .orElseThrow(() -> Refusal.of(GeneralRefusal.NOT_FOUND).toException());
        return HttpResponse.ok(pdf.render(invoice)).contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"facture-" + invoice.number().value() + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }
}
