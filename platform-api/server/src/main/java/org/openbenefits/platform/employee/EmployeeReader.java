package org.openbenefits.platform.employee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.employee.EmployeePage;
import org.openbenefits.contract.api.employee.EmployeeRequest.Child;
import org.openbenefits.contract.api.employee.EmployeeRequest.PostalAddress;
import org.openbenefits.contract.api.employee.EmployeeView;

/**
 * Reads employee profiles of one employer as the API shows them: one by id, or a page of a search. Rows of other
 * employers never show.
 */
@Singleton
public class EmployeeReader {

    private static final String SELECT = """
            SELECT a.id, a.first_name, a.last_name, a.status, a.created_at, p.work_email, p.employee_number,
                   p.department, p.site, p.address_line1, p.address_line2, p.address_postal_code, p.address_city
            FROM employee_profile p JOIN user_account a ON a.id = p.user_account_id
            """;
    private static final String SEARCH = """
            WHERE p.employer_id = ? AND (? = '' OR a.first_name LIKE ? OR a.last_name LIKE ? OR p.work_email LIKE ?
                   OR p.employee_number LIKE ? OR p.department LIKE ? OR p.site LIKE ?)
            """;

    private final TransactionOperations<Connection> transactions;
    private final EmployeeChildren children;

    EmployeeReader(TransactionOperations<Connection> transactions, EmployeeChildren children) {
        this.transactions = transactions;
        this.children = children;
    }

    /** The employee, if they belong to this employer. */
    public Optional<EmployeeView> find(long employerId, long employeeId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    SELECT + "WHERE p.employer_id = ? AND p.user_account_id = ?")) {
                statement.setLong(1, employerId);
                statement.setLong(2, employeeId);
                List<EmployeeView> found = read(statement);
                return found.stream().findFirst();
            }
        });
    }

    /**
     * A page of the employer's employees, by last name then first name.
     *
     * @param query words found in names, e-mail, employee number, department or site; blank for everyone
     */
    public EmployeePage search(long employerId, @Nullable String query, int page, int size) {
        String term = query == null ? "" : query.strip();
        String like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return transactions.executeRead(status -> {
            Connection connection = status.getConnection();
            long total;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COUNT(*) FROM employee_profile p JOIN user_account a ON a.id = p.user_account_id "
                            + SEARCH)) {
                bindSearch(statement, employerId, term, like);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    SELECT + SEARCH + "ORDER BY a.last_name, a.first_name, a.id LIMIT ? OFFSET ?")) {
                bindSearch(statement, employerId, term, like);
                statement.setInt(9, size);
                statement.setLong(10, (long) page * size);
                return new EmployeePage(read(statement), page, size, total);
            }
        });
    }

    private static void bindSearch(PreparedStatement statement, long employerId, String term, String like)
            throws SQLException {
        statement.setLong(1, employerId);
        statement.setString(2, term);
        for (int i = 3; i <= 8; i++) {
            statement.setString(i, like);
        }
    }

    private List<EmployeeView> read(PreparedStatement statement) throws SQLException {
        List<EmployeeView> withoutChildren = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String line1 = rows.getString("address_line1");
                PostalAddress address = line1 == null ? null : new PostalAddress(line1,
                        rows.getString("address_line2"), rows.getString("address_postal_code"),
                        rows.getString("address_city"));
                withoutChildren.add(new EmployeeView(rows.getLong("id"), rows.getString("first_name"),
                        rows.getString("last_name"), rows.getString("work_email"), rows.getString("employee_number"),
                        rows.getString("department"), rows.getString("site"), address, List.of(),
                        rows.getString("status"), rows.getTimestamp("created_at").toInstant()));
            }
        }
        if (withoutChildren.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Child>> childrenById = new HashMap<>();
        for (EmployeeChildRow child : children.findByUserAccountIdInOrderById(
                withoutChildren.stream().map(EmployeeView::id).toList())) {
            childrenById.computeIfAbsent(child.userAccountId(), id -> new ArrayList<>())
                    .add(new Child(child.firstName(), child.birthDate()));
        }
        return withoutChildren.stream().map(view -> new EmployeeView(view.id(), view.firstName(), view.lastName(),
                view.workEmail(), view.employeeNumber(), view.department(), view.site(), view.address(),
                List.copyOf(childrenById.getOrDefault(view.id(), List.of())), view.status(), view.createdAt()))
                .toList();
    }
}
