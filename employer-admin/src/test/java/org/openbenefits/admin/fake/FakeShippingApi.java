package org.openbenefits.admin.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.ShippingSettingsRequest;
import org.openbenefits.contract.api.catalogue.ShippingSettingsView;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * platform-api's shipping settings for the portal's component tests (see {@link FakeEmployeeApi}): the routes and
 * JSON of the contract's {@code ShippingSettingsApiClient}, ChangeShippingSettings' checks and codes, and the
 * settings platform-api starts with (ShippingSettings.DEFAULTS: 4.90 EUR, free from 50.00 EUR).
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1")
public class FakeShippingApi {

    private static final ShippingSettingsView DEFAULTS = new ShippingSettingsView(490, 5_000);
    /** platform-api's highest fee or threshold: 1,000.00 EUR. */
    private static final long MAX_CENTS = 100_000;

    private volatile ShippingSettingsView settings = DEFAULTS;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    public void reset() {
        settings = DEFAULTS;
        calls.clear();
    }

    public ShippingSettingsView settings() {
        return settings;
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Get("/shipping-settings")
    ShippingSettingsView read(HttpRequest<?> request) {
        calls.add(request.getMethodName() + " " + request.getUri());
        return settings;
    }

    @Put("/platform/shipping-settings")
    HttpResponse<?> change(HttpRequest<?> request, @Body ShippingSettingsRequest changed) {
        calls.add(request.getMethodName() + " " + request.getUri());
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        within("feeCents", changed.feeCents(), errors);
        within("freeFromCents", changed.freeFromCents(), errors);
        if (!errors.isEmpty()) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
        }
        settings = new ShippingSettingsView(changed.feeCents(), changed.freeFromCents());
        return HttpResponse.ok(settings);
    }

    private static void within(String field, Long cents, List<ProblemDetail.FieldError> errors) {
        if (cents == null) {
            errors.add(FakeProblems.field(field, FieldCode.REQUIRED));
        } else if (cents < 0 || cents > MAX_CENTS) {
            errors.add(FakeProblems.field(field, FieldCode.OUT_OF_RANGE, "min", FakeProblems.amount(0),
                    "max", FakeProblems.amount(MAX_CENTS)));
        }
    }
}
