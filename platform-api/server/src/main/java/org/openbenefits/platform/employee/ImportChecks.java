package org.openbenefits.platform.employee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.identity.EmailAddresses;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.text.UserText;
import org.openbenefits.platform.employee.EmployeeCsv.Column;
import org.openbenefits.platform.employee.EmployeeCsv.Line;
import org.openbenefits.platform.employee.ImportSummary.LineRefusal;

/**
 * The line-by-line rules of a CSV import, shared by the preview and the import itself: required columns, lengths,
 * the rule of user texts ({@link UserText}: no control or bidirectional character), e-mail syntax, duplicates within
 * the file, and addresses or employee numbers that exist already (looked up by chunks of {@value #CHUNK}, not one
 * query per line). The file is checked a step of lines at a time; what a step must know of the lines before it is
 * kept in {@link SeenInFile}. Each error is a field refusal on the cell's column, with a code of the catalogue: the
 * rules of any field where they apply ({@code field.required}, {@code field.too-long}...), the import's own
 * otherwise; never the cell's value, which is a person's data.
 */
@Singleton
class ImportChecks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final int CHUNK = 1000;
    private static final Map<Column, Integer> MAX_LENGTH = Map.of(Column.PRENOM, 100, Column.NOM, 100,
            Column.EMAIL, 254, Column.MATRICULE, 50, Column.SERVICE, 100, Column.SITE, 100);

    private final TransactionOperations<Connection> transactions;

    ImportChecks(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** The lines without error, in file order, and every error of the others. */
    record Checked(List<Line> valid, List<LineRefusal> errors) {
    }

    /**
     * What the lines checked so far leave for the next ones: the first line of each e-mail address and employee
     * number, to tell duplicates within the file. One entry per line at most: bounded by the import's line limit.
     */
    static final class SeenInFile {
        private final Map<String, Integer> firstLineOfEmail = new HashMap<>();
        private final Map<String, Integer> firstLineOfNumber = new HashMap<>();
    }

    /**
     * Checks lines against the rules, the lines of the file seen before them (then remembered in {@code seen}) and
     * the employer's existing data.
     */
    Checked check(long employerId, List<Line> lines, SeenInFile seen) {
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
        Map<String, Integer> firstLineOfEmail = seen.firstLineOfEmail;
        Map<String, Integer> firstLineOfNumber = seen.firstLineOfNumber;
        List<Line> valid = new ArrayList<>();
        List<LineRefusal> errors = new ArrayList<>();
        for (Line line : lines) {
            List<FieldRefusal> found = new ArrayList<>();
            Set<Column> forbidden = EnumSet.noneOf(Column.class);
            for (Column column : Column.values()) {
                String value = line.value(column);
                if (column.required && value.isBlank()) {
                    found.add(FieldRefusal.of(column.header, FieldCode.REQUIRED));
                } else if (value.length() > MAX_LENGTH.get(column)) {
                    found.add(FieldRefusal.of(column.header, FieldCode.TOO_LONG, "max", (long) MAX_LENGTH.get(column)));
                } else if (UserText.check(value, UserText.Lines.ONE) instanceof UserText.Refused refused) {
                    forbidden.add(column);
                    found.add(refused.on(column.header));
                }
            }
            String email = EmailAddresses.normalise(line.value(Column.EMAIL));
            // the database compares employee numbers without regard to case, so the check does too
            String number = line.value(Column.MATRICULE).toLowerCase(java.util.Locale.ROOT);
            if (!email.isEmpty() && !forbidden.contains(Column.EMAIL)) {
                if (!EMAIL.matcher(email).matches()) {
                    found.add(FieldRefusal.of(Column.EMAIL.header, FieldCode.INVALID_EMAIL));
                } else if (firstLineOfEmail.containsKey(email)) {
                    found.add(FieldRefusal.of(Column.EMAIL.header, EmployeeRefusal.DUPLICATE_IN_FILE, "firstLine",
                            firstLineOfEmail.get(email)));
                } else if (existingEmails.contains(email)) {
                    found.add(FieldRefusal.of(Column.EMAIL.header, EmployeeRefusal.EMAIL_IN_USE));
                }
                firstLineOfEmail.putIfAbsent(email, line.number());
            }
            if (!number.isEmpty() && !forbidden.contains(Column.MATRICULE)) {
                if (firstLineOfNumber.containsKey(number)) {
                    found.add(FieldRefusal.of(Column.MATRICULE.header, EmployeeRefusal.DUPLICATE_IN_FILE,
                            "firstLine", firstLineOfNumber.get(number)));
                } else if (existingNumbers.contains(number)) {
                    found.add(FieldRefusal.of(Column.MATRICULE.header, EmployeeRefusal.NUMBER_IN_USE));
                }
                firstLineOfNumber.putIfAbsent(number, line.number());
            }
            if (found.isEmpty()) {
                valid.add(line);
            } else {
                found.forEach(refusal -> errors.add(new LineRefusal(line.number(), refusal)));
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
}
