package org.openbenefits.admin.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.AdvantageCodeRequest;
import org.openbenefits.contract.api.catalogue.AdvantageCodeView;
import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * platform-api's advantage codes for the portal's component tests (see {@link FakeEmployeeApi}): the routes and JSON
 * of the contract's {@code AdvantageCodeApiClient}, with CreateAdvantageCode's checks and codes ({@link FakeProblems}):
 * the code's format, the benefit and its value, the validity's order, a name never reused. It remembers each call.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/platform/advantage-codes")
public class FakeAdvantageCodeApi {

    private static final Instant NOW = Instant.parse("2026-11-02T09:15:00Z");

    private final Map<Long, AdvantageCodeView> codes = new ConcurrentHashMap<>();
    private final List<AdvantageCodeRequest> received = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(600);

    public void reset() {
        codes.clear();
        received.clear();
        calls.clear();
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    public List<AdvantageCodeRequest> received() {
        return List.copyOf(received);
    }

    public AdvantageCodeView code(long id) {
        return codes.get(id);
    }

    /** Adds a code as if created earlier, with its uses. */
    public AdvantageCodeView add(AdvantageCodeRequest request, long uses) {
        AdvantageCodeView added = view(ids.incrementAndGet(), request, uses);
        codes.put(added.id(), added);
        return added;
    }

    @Get
    List<AdvantageCodeView> list(HttpRequest<?> request) {
        calls.add(request.getMethodName() + " " + request.getUri());
        return codes.values().stream().sorted(Comparator.comparing(AdvantageCodeView::id).reversed()).toList();
    }

    @Post
    HttpResponse<?> create(HttpRequest<?> request, @Body AdvantageCodeRequest code) {
        calls.add(request.getMethodName() + " " + request.getUri());
        received.add(code);
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        String name = code.code() == null ? "" : code.code().strip().toUpperCase();
        if (name.isEmpty()) {
            errors.add(FakeProblems.field("code", FieldCode.REQUIRED));
        } else if (!name.matches("[A-Z0-9]{3,20}")) {
            errors.add(FakeProblems.field("code", CatalogueRefusal.ADVANTAGE_CODE_FORMAT, "min", 3L, "max", 20L));
        }
        if (code.benefit() == null) {
            errors.add(FakeProblems.field("benefit", FieldCode.REQUIRED));
        } else if ("PERCENT_OFF".equals(code.benefit())) {
            if (code.percent() == null) {
                errors.add(FakeProblems.field("percent", FieldCode.REQUIRED));
            } else if (code.percent() < 1 || code.percent() > 100) {
                errors.add(FakeProblems.field("percent", FieldCode.OUT_OF_RANGE, "min", 1L, "max", 100L));
            }
        } else if ("AMOUNT_OFF".equals(code.benefit()) && code.amountCents() == null) {
            errors.add(FakeProblems.field("amountCents", FieldCode.REQUIRED));
        }
        if (code.validFrom() != null && code.expires() != null && code.expires().isBefore(code.validFrom())) {
            errors.add(FakeProblems.field("expires", CatalogueRefusal.ADVANTAGE_CODE_ENDS_BEFORE_START));
        }
        if (code.employerId() != null && !FakeCatalogueApi.EMPLOYERS.contains(code.employerId())) {
            errors.add(FakeProblems.field("employerId", CatalogueRefusal.EMPLOYERS_UNKNOWN, "count", 1L));
        }
        if (!errors.isEmpty()) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
        }
        if (codes.values().stream().anyMatch(existing -> existing.code().equals(name))) {
            return FakeProblems.response(FakeProblems.refusal(CatalogueRefusal.ADVANTAGE_CODE_TAKEN, "code", name));
        }
        AdvantageCodeView created = view(ids.incrementAndGet(), code, 0);
        codes.put(created.id(), created);
        return HttpResponse.created(created);
    }

    @Post("/{id}/disabling")
    HttpResponse<?> disable(HttpRequest<?> request, @PathVariable long id) {
        calls.add(request.getMethodName() + " " + request.getUri());
        AdvantageCodeView code = codes.get(id);
        if (code == null) {
            return FakeProblems.respond(GeneralRefusal.NOT_FOUND);
        }
        AdvantageCodeView disabled = new AdvantageCodeView(id, code.code(), code.benefit(), code.percent(),
                code.amountCents(), code.categories(), code.minimumCents(), code.validFrom(), code.expires(),
                code.totalLimit(), code.perEmployeeLimit(), code.employerId(), code.uses(), true, code.createdAt(),
                code.disabledAt() == null ? NOW : code.disabledAt());
        codes.put(id, disabled);
        return HttpResponse.ok(disabled);
    }

    private static AdvantageCodeView view(long id, AdvantageCodeRequest code, long uses) {
        return new AdvantageCodeView(id, code.code().strip().toUpperCase(), code.benefit(),
                "PERCENT_OFF".equals(code.benefit()) ? code.percent() : null,
                "AMOUNT_OFF".equals(code.benefit()) ? code.amountCents() : null, code.categories(),
                code.minimumCents() == null ? 0 : code.minimumCents(), code.validFrom(), code.expires(),
                code.totalLimit(), code.perEmployeeLimit(), code.employerId(), uses, false, NOW, null);
    }
}
