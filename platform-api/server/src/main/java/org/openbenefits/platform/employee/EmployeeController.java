package org.openbenefits.platform.employee;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.platform.security.AddressRateLimit;
import org.openbenefits.platform.security.CurrentUser;
import org.openbenefits.platform.web.TextParameters;
import org.openbenefits.platform.web.openapi.InvalidParameterProblem;
import org.openbenefits.platform.web.openapi.JsonBodyProblems;
import org.openbenefits.platform.web.openapi.RoleOperations;
import org.openbenefits.platform.web.openapi.PageNumber;
import org.openbenefits.platform.web.openapi.PageSize;
import org.openbenefits.platform.web.openapi.MediaTypeProblem;

/**
 * HR's employee profiles. Every route is confined to the caller's employer: another employer's id is a 404
 * (employee.not-found). Requests become {@link EmployeeDetails} for the use cases, whose refusals answer with their
 * codes; profiles are read back through {@link EmployeeReader}.
 */
@Controller("/api/v1/employees")
@Secured("HR_MANAGER")
@RoleOperations
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Employees", description = "Employee profiles, managed by the employer's HR managers")
@ApiResponse(responseCode = "404", description = "employee.not-found: no such employee at the caller's employer",
        content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
class EmployeeController {

    private static final int MAX_PAGE_SIZE = 200;

    private final EmployeeReader reader;
    private final CreateEmployee createEmployee;
    private final EditEmployee editEmployee;
    private final ChangeEmployeeStatus changeStatus;
    private final ResendInvitation resendInvitation;
    private final AddressRateLimit rateLimit;

    EmployeeController(EmployeeReader reader, CreateEmployee createEmployee, EditEmployee editEmployee,
                       ChangeEmployeeStatus changeStatus, ResendInvitation resendInvitation,
                       AddressRateLimit rateLimit) {
        this.reader = reader;
        this.createEmployee = createEmployee;
        this.editEmployee = editEmployee;
        this.changeStatus = changeStatus;
        this.resendInvitation = resendInvitation;
        this.rateLimit = rateLimit;
    }

    @Post
    @JsonBodyProblems
    @Operation(operationId = "createEmployee", summary = "Creates an employee profile and sends the invitation",
            description = "The account starts INVITED; the invitation e-mail goes to the work e-mail.")
    @ApiResponse(responseCode = "201", description = "The new profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployeeView.class)))
    @ApiResponse(responseCode = "400", description = "request.invalid, each field at fault in errors with its code",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "employee.email-taken (field workEmail) or employee.number-taken "
            + "(field employeeNumber)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    HttpResponse<EmployeeView> create(@Parameter(hidden = true) CurrentUser hr, @Valid @Body EmployeeRequest request) {
        long id = saved(createEmployee.create(hr, details(request)));
        return HttpResponse.created(view(hr, id));
    }

    @Get
    @InvalidParameterProblem
    @Operation(operationId = "listEmployees", summary = "Lists the employer's employees, by name",
            description = "q searches names, e-mail, employee number, department and site; page counts from 0. "
                    + "People who deleted their account show with the status DELETED and anonymised fields.")
    @ApiResponse(responseCode = "200", description = "A page of employees, by name")
    EmployeePage list(@Parameter(hidden = true) CurrentUser hr, @QueryValue @Nullable String q,
                      @QueryValue(defaultValue = "0") @PageNumber int page, @QueryValue(defaultValue = "50") @PageSize int size) {
        return reader.search(hr.requireEmployerId(), TextParameters.oneLine("q", q), Math.max(0, page),
                Math.clamp(size, 1, MAX_PAGE_SIZE));
    }

    @Get("/{id}")
    @InvalidParameterProblem
    @Operation(operationId = "getEmployee", summary = "Shows one employee profile")
    @ApiResponse(responseCode = "200", description = "The profile")
    EmployeeView get(@Parameter(hidden = true) CurrentUser hr, @PathVariable long id) {
        return view(hr, id);
    }

    @Put("/{id}")
    @InvalidParameterProblem
    @JsonBodyProblems
    @Operation(operationId = "editEmployee", summary = "Edits an employee profile",
            description = "The employee's own choices (delivery e-mail, address country) are kept.")
    @ApiResponse(responseCode = "409", description = "employee.email-taken, employee.number-taken, or "
            + "employee.account-deleted: the person deleted their account",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "The saved profile")
    EmployeeView edit(@Parameter(hidden = true) CurrentUser hr, @PathVariable long id,
                      @Valid @Body EmployeeRequest request) {
        return view(hr, saved(editEmployee.edit(hr, id, details(request))));
    }

    @Post("/{id}/deactivation")
    @InvalidParameterProblem
    @MediaTypeProblem
    @Operation(operationId = "deactivateEmployee",
            summary = "Deactivates an employee", description = "The person can no longer sign in; their sessions end.")
    @ApiResponse(responseCode = "409", description = "employee.account-deleted: the person deleted their account",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "The deactivated profile")
    EmployeeView deactivate(@Parameter(hidden = true) CurrentUser hr, @PathVariable long id) {
        return view(hr, saved(changeStatus.deactivate(hr, id)));
    }

    @Post("/{id}/reactivation")
    @InvalidParameterProblem
    @MediaTypeProblem
    @Operation(operationId = "reactivateEmployee", summary = "Reactivates an employee")
    @ApiResponse(responseCode = "409", description = "employee.account-deleted: the person deleted their account",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "200", description = "The reactivated profile")
    EmployeeView reactivate(@Parameter(hidden = true) CurrentUser hr, @PathVariable long id) {
        return view(hr, saved(changeStatus.reactivate(hr, id)));
    }

    @Post("/{id}/invitation")
    @Status(HttpStatus.ACCEPTED)
    @InvalidParameterProblem
    @MediaTypeProblem
    @Operation(operationId = "resendEmployeeInvitation",
            summary = "Re-sends the invitation e-mail", description = "A new link; the previous one stops working. "
            + "At most 3 re-sends an hour per employee, and a limited number of e-mails an hour per client address.")
    @ApiResponse(responseCode = "409", description = "employee.invitation-accepted: the account is active already; "
            + "employee.deactivated: reactivate it first; employee.account-deleted",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "employee.too-many-invitations {minutes}: re-sent to this "
            + "employee as often as an hour allows; request.too-many: too many e-mails from this address. Both with "
            + "retryAfter and Retry-After",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "202", description = "The new invitation is on its way")
    HttpResponse<Void> resendInvitation(@Parameter(hidden = true) CurrentUser hr, @PathVariable long id,
                                     HttpRequest<?> http) {
        rateLimit.checkEmail(http);
        saved(resendInvitation.resend(hr, id));
        return HttpResponse.accepted();
    }

    private EmployeeView view(CurrentUser hr, long id) {
        return reader.find(hr.requireEmployerId(), id)
                .orElseThrow(() -> Refusal.of(EmployeeRefusal.NOT_FOUND).toException());
    }

    private static long saved(ProfileOutcome outcome) {
        return switch (outcome) {
            case ProfileOutcome.Saved saved -> saved.employeeId();
            case Declined declined -> throw declined.refusal().toException();
        };
    }

    private static EmployeeDetails details(EmployeeRequest request) {
        EmployeeRequest.PostalAddress address = request.address();
        List<EmployeeRequest.Child> children = request.children() == null ? List.of() : request.children();
        return new EmployeeDetails(request.firstName(), request.lastName(), request.workEmail(),
                request.employeeNumber(), request.department(), request.site(),
                address == null ? null : new EmployeeDetails.Address(address.line1(), address.line2(),
                        address.postalCode(), address.city()),
                children.stream().map(child -> new EmployeeDetails.Child(child.firstName(), child.birthDate()))
                        .toList());
    }
}
