package org.openbenefits.portal.home;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.openbenefits.contract.api.auth.UserSummary;
import org.openbenefits.contract.api.me.MeApiClient;
import org.openbenefits.portal.wallet.Wallets;
import org.openbenefits.portalcommon.session.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home page: what the portal offers, for a visitor; a greeting, a summary of the wallet and the way to what exists
 * today, for a signed-in employee. The greeting uses the first name platform-api knows, or the token's full name when
 * the API is silent; the wallet summary is left out (with a word saying so) when the API does not answer.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {

    static final String VISITOR_VIEW = "home/home";
    static final String EMPLOYEE_VIEW = "home/signed-in";
    private static final Logger LOG = LoggerFactory.getLogger(HomeController.class);

    private final MeApiClient me;
    private final Wallets wallets;

    HomeController(MeApiClient me, Wallets wallets) {
        this.me = me;
        this.wallets = wallets;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> home(HttpRequest<?> request, @Nullable SignedInUser user) {
        if (user == null || !user.hasRole(SignedInUser.EMPLOYEE)) {
            return new ModelAndView<>(VISITOR_VIEW, Map.of());
        }
        Map<String, Object> model = new HashMap<>();
        model.put("firstName", firstName(user));
        wallets.summary(request).ifPresent(wallet -> model.put("wallet", wallet));
        return new ModelAndView<>(EMPLOYEE_VIEW, model);
    }

    private String firstName(SignedInUser user) {
        try {
            UserSummary account = me.me();
            return account == null || account.firstName() == null || account.firstName().isBlank()
                    ? user.name() : account.firstName();
        } catch (HttpClientException e) {
            LOG.debug("Greeting without platform-api ({})", e.getMessage());
            return user.name();
        }
    }
}
