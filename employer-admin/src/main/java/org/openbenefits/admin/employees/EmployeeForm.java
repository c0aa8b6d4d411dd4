package org.openbenefits.admin.employees;

import static org.openbenefits.admin.web.FormFields.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.employee.EmployeeRequest;
import org.openbenefits.contract.api.employee.EmployeeView;
import org.openbenefits.portalcommon.forms.Form;

/**
 * The employee profile form, to create or edit a profile: what it shows, what was typed, and the
 * {@link EmployeeRequest} it becomes. Fields carry platform-api's names, so that its field errors land beside them;
 * children are rows {@code childFirstName0}/{@code childBirthDate0}, {@code childFirstName1}...
 *
 * <p>The portal checks the children rows itself: platform-api names a child's error {@code firstName} or
 * {@code birthDate} without saying which child, and its {@code firstName} would land beside the employee's first name.
 */
final class EmployeeForm {

    /** The most children rows a form offers. */
    static final int MAX_CHILDREN = 10;
    static final String CHILD_ROWS = "childRows";
    static final String CHILDREN = "children";
    private static final int MAX_CHILD_NAME = 100;

    private final Form form;
    private final int childRows;

    private EmployeeForm(Form form, int childRows) {
        this.form = form;
        this.childRows = Math.clamp(childRows, 1, MAX_CHILDREN);
    }

    /** A blank form for a new profile, with one child row. */
    static EmployeeForm blank() {
        return new EmployeeForm(Form.empty(), 1);
    }

    /** The stored profile, followed by one blank child row. */
    static EmployeeForm of(EmployeeView employee) {
        Map<String, Object> values = new HashMap<>();
        values.put("firstName", employee.firstName());
        values.put("lastName", employee.lastName());
        values.put("workEmail", employee.workEmail());
        values.put("employeeNumber", employee.employeeNumber());
        values.put("department", employee.department());
        values.put("site", employee.site());
        if (employee.address() != null) {
            values.put("line1", employee.address().line1());
            values.put("line2", employee.address().line2());
            values.put("postalCode", employee.address().postalCode());
            values.put("city", employee.address().city());
        }
        List<EmployeeRequest.Child> children = employee.children();
        for (int i = 0; i < Math.min(children.size(), MAX_CHILDREN); i++) {
            values.put(childFirstName(i), children.get(i).firstName());
            values.put(childBirthDate(i), children.get(i).birthDate());
        }
        return new EmployeeForm(Form.of(values), children.size() + 1);
    }

    /** What the person posted, as typed. */
    static EmployeeForm posted(Map<String, Object> body) {
        int rows;
        try {
            rows = Integer.parseInt(text(body, CHILD_ROWS));
        } catch (NumberFormatException e) {
            rows = 1;
        }
        EmployeeForm posted = new EmployeeForm(Form.empty(), rows);
        for (String field : List.of("firstName", "lastName", "workEmail", "employeeNumber", "department", "site",
                "line1", "line2", "postalCode", "city")) {
            posted.form.with(field, text(body, field));
        }
        for (int i = 0; i < posted.childRows; i++) {
            posted.form.with(childFirstName(i), text(body, childFirstName(i)));
            posted.form.with(childBirthDate(i), text(body, childBirthDate(i)));
        }
        return posted;
    }

    /** The same form with one more blank child row, up to {@value #MAX_CHILDREN}. */
    EmployeeForm withAnotherChild() {
        return new EmployeeForm(form, childRows + 1);
    }

    /**
     * The request to send, or null when a child row is wrong (the errors are then beside its fields).
     *
     * @param today   the day in Paris, after which no child is born yet
     * @param message the text of an error key, in the page's language
     */
    @Nullable
    EmployeeRequest request(LocalDate today, Function<String, String> message) {
        List<EmployeeRequest.Child> children = new ArrayList<>();
        for (int i = 0; i < childRows; i++) {
            String name = form.value(childFirstName(i));
            String date = form.value(childBirthDate(i));
            if (name.isEmpty() && date.isEmpty()) {
                continue;
            }
            if (name.isEmpty()) {
                form.reject(childFirstName(i), message.apply("employees.child.error.firstName"));
            } else if (name.length() > MAX_CHILD_NAME) {
                form.reject(childFirstName(i), message.apply("employees.child.error.firstNameTooLong"));
            }
            LocalDate birthDate = null;
            if (date.isEmpty()) {
                form.reject(childBirthDate(i), message.apply("employees.child.error.birthDate"));
            } else {
                try {
                    birthDate = LocalDate.parse(date);
                    if (birthDate.isAfter(today)) {
                        form.reject(childBirthDate(i), message.apply("employees.child.error.future"));
                    }
                } catch (DateTimeParseException e) {
                    form.reject(childBirthDate(i), message.apply("employees.child.error.date"));
                }
            }
            if (!form.hasError(childFirstName(i)) && !form.hasError(childBirthDate(i))) {
                children.add(new EmployeeRequest.Child(name, birthDate));
            }
        }
        if (form.hasErrors()) {
            return null;
        }
        EmployeeRequest.PostalAddress address = null;
        if (!(form.value("line1") + form.value("line2") + form.value("postalCode") + form.value("city")).isEmpty()) {
            address = new EmployeeRequest.PostalAddress(form.value("line1"), blankToNull("line2"),
                    form.value("postalCode"), form.value("city"));
        }
        return new EmployeeRequest(form.value("firstName"), form.value("lastName"), form.value("workEmail"),
                form.value("employeeNumber"), blankToNull("department"), blankToNull("site"), address, children);
    }

    /**
     * Shows platform-api's refusal, worded by the portal: each field error beside its field (employee.email-in-use on
     * {@code workEmail}, employee.number-in-use on {@code employeeNumber}, each rule of request.invalid on its field),
     * a child's error above the children rows, anything else above the form. Where an error goes is read from its
     * field's path only.
     */
    void reject(ProblemDetail problem) {
        List<ProblemDetail.FieldError> placed = problem.errors().stream().map(error -> {
            // the API names a child's field by its path (children[1].birthDate)
            boolean aboutAChild = error.field() != null && error.field().startsWith(CHILDREN);
            return aboutAChild ? new ProblemDetail.FieldError(CHILDREN, error.message(), error.code(),
                    error.parameters()) : error;
        }).toList();
        form.reject(new ProblemDetail(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.code(), placed, problem.retryAfter(), problem.parameters()), Map.of());
    }

    /** An error about the whole form. */
    void fail(String message) {
        form.fail(message);
    }

    Form form() {
        return form;
    }

    int childRows() {
        return childRows;
    }

    @Nullable
    private String blankToNull(String field) {
        String value = form.value(field);
        return value.isEmpty() ? null : value;
    }

    static String childFirstName(int row) {
        return "childFirstName" + row;
    }

    static String childBirthDate(int row) {
        return "childBirthDate" + row;
    }
}
