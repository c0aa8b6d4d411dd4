package org.openbenefits.admin.employees;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.admin.web.Paging;
import org.openbenefits.contract.api.employee.EmployeeApiClient;
import org.openbenefits.contract.api.employee.EmployeePage;

/** The employer's employees ({@code /salaries}): a search over names, e-mail, employee number, department and site. */
@Controller(AdminPaths.EMPLOYEES)
@ExecuteOn(TaskExecutors.BLOCKING)
class EmployeeListController {

    static final int PAGE_SIZE = 25;
    private static final int MAX_QUERY = 200;

    private final EmployeeApiClient employees;

    EmployeeListController(EmployeeApiClient employees) {
        this.employees = employees;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("employees/list")
    Map<String, Object> list(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        EmployeePage found = employees.list(query.isEmpty() ? null : query, Paging.apiPage(page), PAGE_SIZE);
        String search = query;
        Map<String, Object> model = new HashMap<>();
        model.put("employees", found.items());
        model.put("q", query);
        model.put("total", found.total());
        model.put("paging", Paging.of(found.page(), PAGE_SIZE, found.total(), n -> href(search, n)));
        return model;
    }

    private static String href(String q, int page) {
        String path = AdminPaths.EMPLOYEES + "?page=" + page;
        return q.isEmpty() ? path : path + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
