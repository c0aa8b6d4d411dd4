package org.openbenefits.portal.wallet;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.portal.PortalPaths;

/**
 * "Mes dotations" ({@value PortalPaths#WALLET}), signed-in employees only: the totals by kind, each active grant with
 * its balance, validity, what it can pay for and how soon it expires, the ended grants, and the history.
 */
@Controller(PortalPaths.WALLET)
@ExecuteOn(TaskExecutors.BLOCKING)
class WalletController {

    static final String VIEW = "wallet/wallet";

    private final Wallets wallets;

    WalletController(Wallets wallets) {
        this.wallets = wallets;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        return new ModelAndView<>(VIEW, Map.of("wallet", wallets.page(request)));
    }
}
