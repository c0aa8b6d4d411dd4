package org.openbenefits.contract.api.employee;

import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * HR's employee profiles, for the administration portal; every call acts within the HR manager's employer, whose
 * access token the portal passes on. Errors arrive as {@code HttpClientResponseException} whose body reads as a
 * {@link org.openbenefits.contract.api.ProblemDetail}, except 404 (unknown id, or another employer's), which
 * Micronaut's declarative clients turn into an empty {@code Optional} for {@link #get}, and into {@code null} for the
 * methods that answer a view.
 */
@Client(id = "platform-api", path = "/api/v1/employees")
public interface EmployeeApiClient {

    /**
     * A page of the employer's employees, by last then first name.
     *
     * @param q    words found in names, e-mail, employee number, department or site; null for everyone
     * @param page from 0
     * @param size 1 to 200
     */
    @Get
    EmployeePage list(@QueryValue @Nullable String q, @QueryValue int page, @QueryValue int size);

    /** The employee; empty if the id is unknown or another employer's. */
    @Get("/{id}")
    Optional<EmployeeView> get(@PathVariable long id);

    /** Creates the profile and sends the invitation (201); 409 {@code employee.email-taken} or
     * {@code employee.number-taken}. */
    @Post
    EmployeeView create(@Body EmployeeRequest request);

    @Put("/{id}")
    EmployeeView update(@PathVariable long id, @Body EmployeeRequest request);

    @Post("/{id}/deactivation")
    EmployeeView deactivate(@PathVariable long id);

    @Post("/{id}/reactivation")
    EmployeeView reactivate(@PathVariable long id);

    /** A new invitation e-mail (202); 409 {@code employee.invitation-accepted} or
     * {@code employee.deactivated} when the account is active or deactivated. */
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_PROBLEM})
    @Post("/{id}/invitation")
    HttpResponse<Void> resendInvitation(@PathVariable long id);
}
