package org.openbenefits.platform.employee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.employee.ImportReport;
import org.openbenefits.contract.api.employee.ImportReport.LineError;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.Employers;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.employee.EmployeeCsv.Column;
import org.openbenefits.platform.employee.EmployeeCsv.Line;
import org.openbenefits.platform.infrastructure.MultiRowInsert;
import org.openbenefits.platform.invitation.InviteUser;
import org.openbenefits.platform.security.CurrentUser;

/**
 * An HR manager imports employees from a CSV file: {@link #preview} checks every line and writes nothing;
 * {@link #run} checks again and creates the valid lines (accounts, profiles, invitations through the outbox, one
 * audit entry) in one transaction, with batched inserts: invited accounts have no password, so nothing is hashed.
 */
@Singleton
public class ImportEmployees {

    /** What a run or a preview ended with. */
    public sealed interface Result {
    }

    public record Reported(ImportReport report) implements Result {
    }

    public record Unreadable(String reason) implements Result {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final int CHUNK = 1000;
    private static final Map<Column, Integer> MAX_LENGTH = Map.of(Column.PRENOM, 100, Column.NOM, 100,
            Column.EMAIL, 254, Column.MATRICULE, 50, Column.SERVICE, 100, Column.SITE, 100);

    private final TransactionOperations<Connection> transactions;
    private final Employers employers;
    private final InviteUser inviteUser;
    private final Audit audit;
    private final Clock clock;

    ImportEmployees(TransactionOperations<Connection> transactions, Employers employers, InviteUser inviteUser,
                    Audit audit, Clock clock) {
        this.transactions = transactions;
        this.employers = employers;
        this.inviteUser = inviteUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Result preview(CurrentUser hr, byte[] csv) {
        return switch (EmployeeCsv.read(csv)) {
            case EmployeeCsv.Unreadable unreadable -> new Unreadable(unreadable.reason());
            case EmployeeCsv.Lines read -> {
                Checked checked = check(hr.requireEmployerId(), read.lines());
                yield new Reported(new ImportReport(read.lines().size(), checked.valid().size(), 0, checked.errors()));
            }
        };
    }

    @Transactional
    public Result run(CurrentUser hr, byte[] csv) {
        return switch (EmployeeCsv.read(csv)) {
            case EmployeeCsv.Unreadable unreadable -> new Unreadable(unreadable.reason());
            case EmployeeCsv.Lines read -> {
                long employerId = hr.requireEmployerId();
                Checked checked = check(employerId, read.lines());
                List<UserAccountRow> created = insert(employerId, checked.valid());
                inviteUser.inviteNewEmployees(created, employers.findById(employerId).orElseThrow().name());
                audit.record(hr.id(), employerId, AuditAction.EMPLOYEES_IMPORTED, "employees:import",
                        created.size() + " salariés importés, " + (read.lines().size() - created.size())
                                + " lignes rejetées sur " + read.lines().size());
                yield new Reported(new ImportReport(read.lines().size(), checked.valid().size(), created.size(),
                        checked.errors()));
            }
        };
    }

    private record Checked(List<Line> valid, List<LineError> errors) {
    }

    private Checked check(long employerId, List<Line> lines) {
        Set<String> emails = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Line line : lines) {
            emails.add(EmailAddresses.normalise(line.value(Column.EMAIL)));
            numbers.add(line.value(Column.MATRICULE).toLowerCase(java.util.Locale.ROOT));
        }
        Set<String> existingEmails = existing("SELECT email FROM user_account WHERE email IN ", List.of(), emails);
        Set<String> existingNumbers = existing(
                "SELECT employee_number FROM employee_profile WHERE employer_id = ? AND employee_number IN ",
                List.of(employerId), numbers);
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        List<Line> valid = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        for (Line line : lines) {
            List<LineError> found = new ArrayList<>();
            for (Column column : Column.values()) {
                String value = line.value(column);
                if (column.required && value.isBlank()) {
                    found.add(new LineError(line.number(), column.header, "MISSING_FIELD",
                            "La colonne « " + column.header + " » est vide."));
                } else if (value.length() > MAX_LENGTH.get(column)) {
                    found.add(new LineError(line.number(), column.header, "TOO_LONG",
                            "La colonne « " + column.header + " » compte plus de " + MAX_LENGTH.get(column)
                                    + " caractères."));
                }
            }
            String email = EmailAddresses.normalise(line.value(Column.EMAIL));
            // the database compares employee numbers without regard to case, so the check does too
            String number = line.value(Column.MATRICULE).toLowerCase(java.util.Locale.ROOT);
            if (!email.isEmpty()) {
                if (!EMAIL.matcher(email).matches()) {
                    found.add(new LineError(line.number(), "email", "INVALID_EMAIL",
                            "L'adresse e-mail « " + line.value(Column.EMAIL) + " » n'est pas valide."));
                } else if (firstLineOfEmail.containsKey(email)) {
                    found.add(new LineError(line.number(), "email", "DUPLICATE_IN_FILE",
                            "Cette adresse e-mail figure déjà ligne " + firstLineOfEmail.get(email) + "."));
                } else if (existingEmails.contains(email)) {
                    found.add(new LineError(line.number(), "email", "ALREADY_EXISTS",
                            "Un compte utilise déjà cette adresse e-mail."));
                }
                firstLineOfEmail.putIfAbsent(email, line.number());
            }
            if (!number.isEmpty()) {
                if (firstLineOfNumber.containsKey(number)) {
                    found.add(new LineError(line.number(), "matricule", "DUPLICATE_IN_FILE",
                            "Ce matricule figure déjà ligne " + firstLineOfNumber.get(number) + "."));
                } else if (existingNumbers.contains(number)) {
                    found.add(new LineError(line.number(), "matricule", "ALREADY_EXISTS",
                            "Un salarié de votre entreprise a déjà ce matricule."));
                }
                firstLineOfNumber.putIfAbsent(number, line.number());
            }
            if (found.isEmpty()) {
                valid.add(line);
            } else {
                errors.addAll(found);
            }
        }
        return new Checked(valid, errors);
    }

    /** Which of the values the query finds, asked by chunks of {@value #CHUNK}. */
    private Set<String> existing(String sqlBeforeList, List<Long> leadingParameters, Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        Set<String> found = new HashSet<>();
        transactions.executeRead(status -> {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String sql = sqlBeforeList + "(" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                        + ")";
                try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                    int index = 1;
                    for (Long parameter : leadingParameters) {
                        statement.setLong(index++, parameter);
                    }
                    for (String value : chunk) {
                        statement.setString(index++, value);
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
            return null;
        });
        return found;
    }

    private List<UserAccountRow> insert(long employerId, List<Line> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            List<Object[]> accountRows = new ArrayList<>(lines.size());
            for (Line line : lines) {
                accountRows.add(new Object[] {employerId, EmailAddresses.normalise(line.value(Column.EMAIL)),
                        Role.EMPLOYEE.name(), line.value(Column.PRENOM), line.value(Column.NOM),
                        AccountStatus.INVITED.name(), "fr", now});
            }
            MultiRowInsert.insert(connection, "user_account", List.of("employer_id", "email", "role", "first_name",
                    "last_name", "status", "language", "created_at"), accountRows);
            Map<String, Long> ids = idsByEmail(connection, lines);
            List<Object[]> profileRows = new ArrayList<>(lines.size());
            for (Line line : lines) {
                String email = EmailAddresses.normalise(line.value(Column.EMAIL));
                profileRows.add(new Object[] {ids.get(email), employerId, line.value(Column.MATRICULE), email,
                        ProfileWriter.blankToNull(line.value(Column.SERVICE)),
                        ProfileWriter.blankToNull(line.value(Column.SITE)), now});
            }
            MultiRowInsert.insert(connection, "employee_profile", List.of("user_account_id", "employer_id",
                    "employee_number", "work_email", "department", "site", "updated_at"), profileRows);
            List<UserAccountRow> created = new ArrayList<>(lines.size());
            for (Line line : lines) {
                String email = EmailAddresses.normalise(line.value(Column.EMAIL));
                created.add(new UserAccountRow(ids.get(email), employerId, email, null, Role.EMPLOYEE,
                        line.value(Column.PRENOM), line.value(Column.NOM), AccountStatus.INVITED, "fr", now));
            }
            return created;
        });
    }

    private static Map<String, Long> idsByEmail(Connection connection, List<Line> lines) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < lines.size(); from += CHUNK) {
            List<Line> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, email FROM user_account "
                    + "WHERE email IN (" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                int index = 1;
                for (Line line : chunk) {
                    statement.setString(index++, EmailAddresses.normalise(line.value(Column.EMAIL)));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(2), rows.getLong(1));
                    }
                }
            }
        }
        return ids;
    }
}
