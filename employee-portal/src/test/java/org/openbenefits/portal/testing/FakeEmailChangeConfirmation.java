package org.openbenefits.portal.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.openbenefits.contract.api.me.EmailChangeConfirmation;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * platform-api's anonymous route that uses the link e-mailed to a new sign-in address, faked beside
 * {@link FakePlatformApi}, which holds the pending change and its link.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/auth/email-change")
@ExecuteOn(TaskExecutors.BLOCKING)
class FakeEmailChangeConfirmation {

    private final FakePlatformApi api;

    FakeEmailChangeConfirmation(FakePlatformApi api) {
        this.api = api;
    }

    @Post("/confirm")
    HttpResponse<?> confirm(@Body EmailChangeConfirmation confirmation) {
        return api.confirmEmailChange(confirmation.token());
    }
}
