package org.openbenefits.platform.wallet;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.openbenefits.contract.api.allowance.WalletView;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.openapi.RoleOperations;

/** The signed-in employee's allowances ("Mes dotations"). */
@Controller("/api/v1/me/wallet")
@Secured("EMPLOYEE")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Wallet", description = "The employee's allowances")
class WalletController {

    private final WalletReader wallets;

    WalletController(WalletReader wallets) {
        this.wallets = wallets;
    }

    @Get
    @Operation(operationId = "getWallet", summary = "Shows the employee's grants, totals per kind and recent movements",
            description = "Active grants first in the order checkout spends them (kind, earliest expiry, id), then "
                    + "ended ones; daysLeft counts Paris days to the last valid day.")
    @ApiResponse(responseCode = "200", description = "The employee's wallet")
    WalletView wallet(@Parameter(hidden = true) CurrentUser employee) {
        return wallets.wallet(employee.id());
    }
}
