package org.openbenefits.admin.fake;

import java.time.Instant;
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
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * A small platform-api of employee profiles for the portal's component tests, served by the portal under test
 * itself (its {@code platform-api} service URL points at its own port). Same routes, JSON and problem+json refusals
 * as {@code org.openbenefits.platform.employee.EmployeeController}, for one employer; the employee ids of other
 * employers ({@link #OTHER_EMPLOYERS_EMPLOYEE}) answer 404 as the real API does. It remembers what it was sent.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/employees")
public class FakeEmployeeApi {

    public static final long OTHER_EMPLOYERS_EMPLOYEE = 999;
    public static final String TAKEN_EMAIL = "deja.pris@acme.example";

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
            return Problems.refusal(HttpStatus.UNAUTHORIZED, ProblemCodes.TOKEN_INVALID_OR_EXPIRED,
                    "Votre session a expiré. Reconnectez-vous.", List.of());
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
        return employee == null ? Problems.notFound() : HttpResponse.ok(employee);
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
            return Problems.notFound();
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
            return Problems.notFound();
        }
        if (!"INVITED".equals(employee.status())) {
            return Problems.refusal(HttpStatus.CONFLICT, ProblemCodes.INVITATION_NOT_SENDABLE,
                    "Ce compte est déjà activé : la personne se connecte avec son mot de passe.", List.of());
        }
        // As platform-api: three re-sends an hour per employee (the fake's clock never moves).
        if (resends.merge(id, 1, Integer::sum) > 3) {
            return Problems.refusal(HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.TOO_MANY_INVITATIONS,
                    "L'invitation a déjà été renvoyée plusieurs fois à cette personne dans l'heure : réessayez dans "
                            + "60 minute(s).", 3600);
        }
        return HttpResponse.accepted();
    }

    private HttpResponse<?> changeStatus(HttpRequest<?> request, long id, String status) {
        record(request);
        EmployeeView employee = employees.get(id);
        if (employee == null) {
            return Problems.notFound();
        }
        EmployeeView changed = new EmployeeView(id, employee.firstName(), employee.lastName(), employee.workEmail(),
                employee.employeeNumber(), employee.department(), employee.site(), employee.address(),
                employee.children(), status, employee.createdAt());
        employees.put(id, changed);
        return HttpResponse.ok(changed);
    }

    /** The refusals of the real API: the constraints of EmployeeRequest, then e-mail and employee number in use. */
    @Nullable
    private HttpResponse<ProblemDetail> refusal(EmployeeRequest profile, @Nullable Long editing) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        if (blank(profile.firstName())) {
            errors.add(new ProblemDetail.FieldError("firstName", "Indiquez le prénom."));
        }
        if (blank(profile.lastName())) {
            errors.add(new ProblemDetail.FieldError("lastName", "Indiquez le nom."));
        }
        if (blank(profile.workEmail())) {
            errors.add(new ProblemDetail.FieldError("workEmail", "Indiquez l'adresse e-mail professionnelle."));
        } else if (!profile.workEmail().contains("@")) {
            errors.add(new ProblemDetail.FieldError("workEmail",
                    "Cette adresse e-mail n'est pas valide : vérifiez-la (exemple : prenom.nom@entreprise.fr)."));
        }
        if (blank(profile.employeeNumber())) {
            errors.add(new ProblemDetail.FieldError("employeeNumber", "Indiquez le matricule."));
        }
        if (profile.address() != null && !profile.address().postalCode().matches("[0-9]{5}")) {
            // platform-api names a nested field by its path
            errors.add(new ProblemDetail.FieldError("address.postalCode", "Le code postal compte 5 chiffres."));
        }
        if (!errors.isEmpty()) {
            return Problems.refusal(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED,
                    errors.size() == 1 ? errors.getFirst().message() : "Corrigez les champs indiqués.", errors);
        }
        boolean emailTaken = TAKEN_EMAIL.equalsIgnoreCase(profile.workEmail()) || employees.values().stream()
                .anyMatch(other -> !Long.valueOf(other.id()).equals(editing)
                        && other.workEmail().equalsIgnoreCase(profile.workEmail()));
        if (emailTaken) {
            return Problems.onField(HttpStatus.CONFLICT, ProblemCodes.EMAIL_TAKEN, "workEmail",
                    "Cette adresse e-mail est déjà utilisée par un autre compte : vérifiez-la.");
        }
        boolean numberTaken = employees.values().stream()
                .anyMatch(other -> !Long.valueOf(other.id()).equals(editing)
                        && other.employeeNumber().equalsIgnoreCase(profile.employeeNumber()));
        if (numberTaken) {
            return Problems.onField(HttpStatus.CONFLICT, ProblemCodes.EMPLOYEE_NUMBER_TAKEN, "employeeNumber",
                    "Ce matricule est déjà celui d'un autre salarié de votre entreprise.");
        }
        return null;
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
