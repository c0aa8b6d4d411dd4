package org.openbenefits.admin.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * A small platform-api of employee profiles for the portal's component tests, served by the portal under test
 * itself (its {@code platform-api} service URL points at its own port). Same routes, JSON and problem+json refusals
 * (codes, parameters, field codes: {@link FakeProblems}) as {@code org.openbenefits.platform.employee.EmployeeController},
 * for one employer; the employee ids of other
 * employers ({@link #OTHER_EMPLOYERS_EMPLOYEE}) answer 404 as the real API does. It remembers what it was sent.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/employees")
public class FakeEmployeeApi {

    public static final long OTHER_EMPLOYERS_EMPLOYEE = 999;
    public static final String TAKEN_EMAIL = "deja.pris@acme.example";
    /** The fake's business day: a child born after it is refused. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Map<Long, EmployeeView> employees = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<EmployeeRequest> received = new CopyOnWriteArrayList<>();
    private final Map<Long, Integer> resends = new ConcurrentHashMap<>();
    private long nextId = 100;
    private volatile boolean refusesTheSession;

    /** Forgets every employee and call. */
    public void reset() {
        employees.clear();
        calls.clear();
        received.clear();
        resends.clear();
        nextId = 100;
        refusesTheSession = false;
    }

    /** Answers the list 401, as platform-api does for a session it closed (sign-out elsewhere, deactivation). */
    public void refuseTheSession() {
        refusesTheSession = true;
    }

    /** Adds an employee as if HR had created it earlier. */
    public EmployeeView add(String firstName, String lastName, String email, String number, String status) {
        EmployeeView employee = new EmployeeView(nextId++, firstName, lastName, email, number, "Comptabilité", "Lyon",
                null, List.of(), status, Instant.parse("2026-01-05T09:00:00Z"));
        employees.put(employee.id(), employee);
        return employee;
    }

    /** Each call received: method, path and query, and whether it carried a bearer token ("bearer" or "anonymous"). */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** The profiles the portal asked to create or save. */
    public List<EmployeeRequest> received() {
        return List.copyOf(received);
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String q, @QueryValue int page,
                         @QueryValue int size) {
        record(request);
        if (refusesTheSession) {
            return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
        }
        List<EmployeeView> found = employees.values().stream()
                .filter(employee -> q == null || (employee.firstName() + " " + employee.lastName() + " "
                        + employee.workEmail() + " " + employee.employeeNumber()).toLowerCase(Locale.ROOT)
                        .contains(q.toLowerCase(Locale.ROOT)))
                .sorted((a, b) -> (a.lastName() + a.firstName()).compareTo(b.lastName() + b.firstName()))
                .toList();
        int from = Math.min(page * size, found.size());
        return HttpResponse.ok(new EmployeePage(found.subList(from, Math.min(from + size, found.size())), page, size,
                found.size()));
    }

    @Get("/{id}")
    HttpResponse<?> get(HttpRequest<?> request, @PathVariable long id) {
        record(request);
        EmployeeView employee = employees.get(id);
        return employee == null ? notFound() : HttpResponse.ok(employee);
    }

    @Post
    HttpResponse<?> create(HttpRequest<?> request, @Body EmployeeRequest profile) {
        record(request);
        received.add(profile);
        HttpResponse<ProblemDetail> refusal = refusal(profile, null);
        if (refusal != null) {
            return refusal;
        }
        EmployeeView created = view(nextId++, profile, "INVITED");
        employees.put(created.id(), created);
        return HttpResponse.created(created);
    }

    @Put("/{id}")
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body EmployeeRequest profile) {
        record(request);
        received.add(profile);
        EmployeeView employee = employees.get(id);
        if (employee == null) {
            return notFound();
        }
        HttpResponse<ProblemDetail> refusal = refusal(profile, id);
        if (refusal != null) {
            return refusal;
        }
        EmployeeView saved = view(id, profile, employee.status());
        employees.put(id, saved);
        return HttpResponse.ok(saved);
    }

    @Post("/{id}/deactivation")
    HttpResponse<?> deactivate(HttpRequest<?> request, @PathVariable long id) {
        return changeStatus(request, id, "DEACTIVATED");
    }

    @Post("/{id}/reactivation")
    HttpResponse<?> reactivate(HttpRequest<?> request, @PathVariable long id) {
        return changeStatus(request, id, "ACTIVE");
    }

    @Post("/{id}/invitation")
    HttpResponse<?> resendInvitation(HttpRequest<?> request, @PathVariable long id) {
        record(request);
        EmployeeView employee = employees.get(id);
        if (employee == null) {
            return notFound();
        }
        if ("DEACTIVATED".equals(employee.status())) {
            return FakeProblems.respond(EmployeeRefusal.DEACTIVATED);
        }
        if (!"INVITED".equals(employee.status())) {
            return FakeProblems.respond(EmployeeRefusal.INVITATION_ACCEPTED);
        }
        // As platform-api: three re-sends an hour per employee (the fake's clock never moves).
        if (resends.merge(id, 1, Integer::sum) > 3) {
            return FakeProblems.response(FakeProblems.refusal(EmployeeRefusal.TOO_MANY_INVITATIONS, List.of(), 3600L,
                    "minutes", 60L));
        }
        return HttpResponse.accepted();
    }

    private HttpResponse<?> changeStatus(HttpRequest<?> request, long id, String status) {
        record(request);
        EmployeeView employee = employees.get(id);
        if (employee == null) {
            return notFound();
        }
        EmployeeView changed = new EmployeeView(id, employee.firstName(), employee.lastName(), employee.workEmail(),
                employee.employeeNumber(), employee.department(), employee.site(), employee.address(),
                employee.children(), status, employee.createdAt());
        employees.put(id, changed);
        return HttpResponse.ok(changed);
    }

    /**
     * The refusals of the real API: the constraints of EmployeeRequest with their field codes, then e-mail and
     * employee number in use.
     */
    @Nullable
    private HttpResponse<ProblemDetail> refusal(EmployeeRequest profile, @Nullable Long editing) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        if (blank(profile.firstName())) {
            errors.add(FakeProblems.field("firstName", FieldCode.REQUIRED));
        }
        if (blank(profile.lastName())) {
            errors.add(FakeProblems.field("lastName", FieldCode.REQUIRED));
        }
        if (blank(profile.workEmail())) {
            errors.add(FakeProblems.field("workEmail", FieldCode.REQUIRED));
        } else if (!profile.workEmail().contains("@")) {
            errors.add(FakeProblems.field("workEmail", FieldCode.INVALID_EMAIL));
        }
        if (blank(profile.employeeNumber())) {
            errors.add(FakeProblems.field("employeeNumber", FieldCode.REQUIRED));
        }
        if (profile.address() != null && !profile.address().postalCode().matches("[0-9]{5}")) {
            // platform-api names a nested field by its path
            errors.add(FakeProblems.field("address.postalCode", EmployeeRefusal.POSTAL_CODE_INVALID));
        }
        List<EmployeeRequest.Child> children = profile.children() == null ? List.of() : profile.children();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).birthDate() != null && children.get(i).birthDate().isAfter(TODAY)) {
                errors.add(FakeProblems.field("children[" + i + "].birthDate", EmployeeRefusal.BIRTH_DATE_IN_FUTURE));
            }
        }
        if (!errors.isEmpty()) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
        }
        boolean emailTaken = TAKEN_EMAIL.equalsIgnoreCase(profile.workEmail()) || employees.values().stream()
                .anyMatch(other -> !Long.valueOf(other.id()).equals(editing)
                        && other.workEmail().equalsIgnoreCase(profile.workEmail()));
        if (emailTaken) {
            return FakeProblems.response(FakeProblems.refusal(EmployeeRefusal.EMAIL_TAKEN,
                    List.of(FakeProblems.field("workEmail", EmployeeRefusal.EMAIL_IN_USE)), null));
        }
        boolean numberTaken = employees.values().stream()
                .anyMatch(other -> !Long.valueOf(other.id()).equals(editing)
                        && other.employeeNumber().equalsIgnoreCase(profile.employeeNumber()));
        if (numberTaken) {
            return FakeProblems.response(FakeProblems.refusal(EmployeeRefusal.NUMBER_TAKEN,
                    List.of(FakeProblems.field("employeeNumber", EmployeeRefusal.NUMBER_IN_USE)), null));
        }
        return null;
    }

    private static HttpResponse<ProblemDetail> notFound() {
        return FakeProblems.respond(EmployeeRefusal.NOT_FOUND);
    }

    private static EmployeeView view(long id, EmployeeRequest profile, String status) {
        return new EmployeeView(id, profile.firstName(), profile.lastName(), profile.workEmail(),
                profile.employeeNumber(), profile.department(), profile.site(), profile.address(),
                profile.children(), status, Instant.parse("2026-11-22T08:00:00Z"));
    }

    private void record(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        String bearer = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        calls.add(request.getMethodName() + " " + request.getPath() + (query == null ? "" : "?" + query)
                + (bearer != null && bearer.startsWith("Bearer ") ? " bearer" : " anonymous"));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
