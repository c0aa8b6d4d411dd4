package org.openbenefits.platform.ledger;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.LedgerCheckReport;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.security.CurrentUser;

/** Platform admins run the ledger's consistency check. */
@Controller("/api/v1/platform/ledger")
@Secured("PLATFORM_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ledger", description = "The double-entry ledger of budgets and grants, for platform admins")
@SecurityRequirement(name = "bearerAuth")
class LedgerController {

    private final CheckLedger checkLedger;
    private final Audit audit;
    private final TransactionOperations<Connection> transactions;

    LedgerController(CheckLedger checkLedger, Audit audit, TransactionOperations<Connection> transactions) {
        this.checkLedger = checkLedger;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Post("/check")
    @Operation(summary = "Checks the whole ledger now",
            description = "Every movement's entries sum to zero, every account's kept balance equals the sum of its "
                    + "entries, no balance but external funding is negative, and the balances of all accounts sum to "
                    + "zero. The problems found are listed in French.")
    @ApiResponse(responseCode = "200", description = "The report; consistent is false when problems were found")
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: platform admins only",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    LedgerCheckReport check(@Parameter(hidden = true) CurrentUser admin) {
        LedgerCheckReport report = checkLedger.check();
        transactions.executeWrite(status -> {
            audit.record(admin.id(), null, AuditAction.LEDGER_CHECKED, "ledger",
                    report.consistent() ? "Grand livre cohérent" : report.problems().size() + " problème(s) trouvé(s)");
            return null;
        });
        return report;
    }
}
