package org.openbenefits.admin.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.contract.api.manager.ManagerInvitationRequest;
import org.openbenefits.contract.api.manager.ManagerView;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * A small platform-api of HR managers and audit entries for the portal's component tests (see
 * {@link FakeEmployeeApi}), with the real API's JSON and refusals. It remembers the audit queries it answered.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1")
public class FakeManagerAndAuditApi {

    private final List<ManagerView> managers = new CopyOnWriteArrayList<>();
    private final List<AuditEntryView> entries = new CopyOnWriteArrayList<>();
    private final List<String> auditQueries = new CopyOnWriteArrayList<>();

    public void reset() {
        managers.clear();
        entries.clear();
        auditQueries.clear();
    }

    public void addManager(long id, String firstName, String lastName, String email, String status) {
        managers.add(new ManagerView(id, firstName, lastName, email, status));
    }

    /** Adds an entry; the log answers newest first, as added last first. */
    public void addEntry(AuditEntryView entry) {
        entries.add(entry);
    }

    /** The query string of each audit log request. */
    public List<String> auditQueries() {
        return List.copyOf(auditQueries);
    }

    @Get("/managers")
    List<ManagerView> managers() {
        return managers;
    }

    @Post("/managers")
    HttpResponse<?> invite(@Body ManagerInvitationRequest request) {
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        // the constraints of ManagerInvitationRequest, then InviteManager's address in use, with their codes
        if (request.firstName() == null || request.firstName().isBlank()) {
            errors.add(FakeProblems.field("firstName", FieldCode.REQUIRED));
        }
        if (request.lastName() == null || request.lastName().isBlank()) {
            errors.add(FakeProblems.field("lastName", FieldCode.REQUIRED));
        }
        if (request.email() == null || request.email().isBlank()) {
            errors.add(FakeProblems.field("email", FieldCode.REQUIRED));
        } else if (!request.email().contains("@")) {
            errors.add(FakeProblems.field("email", FieldCode.INVALID_EMAIL));
        }
        if (!errors.isEmpty()) {
            return FakeProblems.response(FakeProblems.refusal(GeneralRefusal.INVALID_REQUEST, errors, null));
        }
        if (managers.stream().anyMatch(manager -> manager.email().equalsIgnoreCase(request.email()))
                || FakeEmployeeApi.TAKEN_EMAIL.equalsIgnoreCase(request.email())) {
            return FakeProblems.response(FakeProblems.refusal(EmployeeRefusal.MANAGER_EMAIL_TAKEN,
                    List.of(FakeProblems.field("email", EmployeeRefusal.EMAIL_IN_USE)), null));
        }
        ManagerView invited = new ManagerView(500 + managers.size(), request.firstName(), request.lastName(),
                request.email(), "INVITED");
        managers.add(invited);
        return HttpResponse.created(invited);
    }

    @Get("/audit")
    AuditPage audit(@Nullable @QueryValue Long employerId, @QueryValue int page, @QueryValue int size) {
        auditQueries.add("employerId=" + employerId + "&page=" + page + "&size=" + size);
        List<AuditEntryView> newestFirst = new ArrayList<>(entries.reversed());
        newestFirst.removeIf(entry -> employerId != null && !employerId.equals(entry.employerId()));
        int from = Math.min(page * size, newestFirst.size());
        return new AuditPage(newestFirst.subList(from, Math.min(from + size, newestFirst.size())), page, size,
                newestFirst.size());
    }
}
