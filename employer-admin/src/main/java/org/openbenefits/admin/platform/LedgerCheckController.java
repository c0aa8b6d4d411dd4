package org.openbenefits.admin.platform;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.contract.api.allowance.PlatformLedgerApiClient;

/**
 * The ledger consistency check for platform admins ({@code /plateforme/grand-livre}): a button that runs it over the
 * whole ledger now, and its report (every movement balanced, every kept balance equal to its entries, nothing
 * negative, nothing created or lost), or the list of what is wrong.
 */
@Controller(AdminPaths.LEDGER_CHECK)
@ExecuteOn(TaskExecutors.BLOCKING)
class LedgerCheckController {

    private final PlatformLedgerApiClient platform;

    LedgerCheckController(PlatformLedgerApiClient platform) {
        this.platform = platform;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("platform/ledger")
    Map<String, Object> page() {
        return new HashMap<>();
    }

    /** Runs the check and shows its report; checking writes nothing, so the page answers the POST itself. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    @View("platform/ledger")
    Map<String, Object> check() {
        Map<String, Object> model = new HashMap<>();
        model.put("report", platform.checkLedger());
        return model;
    }
}
