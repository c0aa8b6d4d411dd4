package org.openbenefits.platform.allowance;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import org.openbenefits.domain.allowance.AllowanceRefusal;
import org.openbenefits.domain.allowance.ChildEligibility;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.domain.urssaf.UrssafEvent;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * Who a campaign gives to: the employer's ACTIVE and INVITED employees (never deactivated or deleted ones) matching
 * its target, and what each receives: the amount, or per child the amount times their eligible children (those
 * without one get nothing).
 */
@Singleton
public class Recipients {

    private static final int IDS_PER_QUERY = 1000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A child a per-child amount counts, as URSSAF names them: by birth date and first name. */
    public record Child(String firstName, LocalDate birthDate) {

        /**
         * How URSSAF's per-child ceilings tell children apart: the birth date and the first name stripped, in lower
         * case and without accents, so that "Chloé" and "chloe " born the same day are one child, as
         * {@code grant_beneficiary}'s key (utf8mb4_unicode_ci) sees them.
         */
        public String key() {
            return birthDate + "/" + normalised(firstName);
        }
    }

    /** The first name as the database's accent- and case-insensitive collation compares it, near enough. */
    static String normalised(String firstName) {
        return MARKS.matcher(Normalizer.normalize(firstName.strip(), Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * What a chosen list holds besides the employer's active (or invited) employees.
     *
     * @param unknown  ids that are no employee of the employer (unknown, or another employer's)
     * @param inactive the employer's employees who are deactivated or deleted
     */
    public record ListCheck(int unknown, int inactive) {
    }

    /** One employee who would receive a grant. {@code children} only for per-child campaigns. */
    public record Recipient(long employeeId, String firstName, String lastName, Money amount, List<Child> children) {

        public Recipient {
            children = List.copyOf(children);
        }

        public String name() {
            return firstName + " " + lastName;
        }
    }

    private record Employee(long id, String firstName, String lastName) {
    }

    private final Jdbc jdbc;

    Recipients(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The recipients, by employee id. */
    public List<Recipient> of(long employerId, CampaignSpec spec) {
        List<Employee> employees = employees(employerId, spec);
        if (!spec.perChild()) {
            return employees.stream().map(e -> new Recipient(e.id(), e.firstName(), e.lastName(), spec.amount(),
                    List.of())).toList();
        }
        UrssafEvent event = spec.urssafEvent().orElseThrow(
                () -> new IllegalArgumentException("A per-child campaign has a children's event"));
        Map<Long, List<Child>> children = eligibleChildren(employerId, spec.year(), event);
        List<Recipient> recipients = new ArrayList<>();
        for (Employee employee : employees) {
            List<Child> theirs = children.getOrDefault(employee.id(), List.of());
            if (!theirs.isEmpty()) {
                recipients.add(new Recipient(employee.id(), employee.firstName(), employee.lastName(),
                        Money.ofCents(exact(() -> Math.multiplyExact(spec.amount().cents(), (long) theirs.size()))),
                        theirs));
            }
        }
        return recipients;
    }

    /**
     * What the recipients receive together, added exactly.
     *
     * @throws Refused {@code request.invalid}, {@code campaign.total-too-large} on amountCents, when the total does not
     *                 fit in a long
     */
    public static Money total(List<Recipient> recipients) {
        return Money.ofCents(exact(() -> {
            long total = 0;
            for (Recipient recipient : recipients) {
                total = Math.addExact(total, recipient.amount().cents());
            }
            return total;
        }));
    }

    private interface ExactSum {
        long compute();
    }

    private static long exact(ExactSum sum) {
        try {
            return sum.compute();
        } catch (ArithmeticException overflow) {
            throw Refusal.onField("amountCents", AllowanceRefusal.CAMPAIGN_TOTAL_TOO_LARGE).toException();
        }
    }

    /** Which of these ids are not active (or invited) employees of the employer, and why. */
    public ListCheck checkList(long employerId, Collection<Long> employeeIds) {
        List<Long> ids = List.copyOf(new HashSet<>(employeeIds));
        Set<Long> known = new HashSet<>();
        int[] inactive = {0};
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            Object[] parameters = new Object[chunk.size() + 1];
            parameters[0] = employerId;
            for (int i = 0; i < chunk.size(); i++) {
                parameters[i + 1] = chunk.get(i);
            }
            jdbc.list("SELECT p.user_account_id, a.status FROM employee_profile p "
                    + "JOIN user_account a ON a.id = p.user_account_id WHERE p.employer_id = ? AND p.user_account_id IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", row -> {
                        known.add(row.getLong(1));
                        if (!RECEIVING.contains(row.getString(2))) {
                            inactive[0]++;
                        }
                        return null;
                    }, parameters);
        }
        return new ListCheck(ids.size() - known.size(), inactive[0]);
    }

    /** The account statuses that receive grants. */
    private static final Set<String> RECEIVING = Set.of("ACTIVE", "INVITED");

    private List<Employee> employees(long employerId, CampaignSpec spec) {
        String sql = """
                SELECT a.id, a.first_name, a.last_name
                FROM employee_profile p JOIN user_account a ON a.id = p.user_account_id
                WHERE p.employer_id = ? AND a.status IN ('ACTIVE', 'INVITED')""";
        List<Employee> found = switch (spec.target()) {
            case ALL, LIST -> jdbc.list(sql + " ORDER BY a.id", Recipients::employee, employerId);
            case DEPARTMENT -> jdbc.list(sql + " AND p.department = ? ORDER BY a.id", Recipients::employee,
                    employerId, spec.targetValue());
            case SITE -> jdbc.list(sql + " AND p.site = ? ORDER BY a.id", Recipients::employee, employerId,
                    spec.targetValue());
        };
        if (spec.target() == CampaignTarget.LIST) {
            return found.stream().filter(employee -> spec.employeeIds().contains(employee.id())).toList();
        }
        return found;
    }

    private Map<Long, List<Child>> eligibleChildren(long employerId, int year, UrssafEvent event) {
        Map<Long, List<Child>> byEmployee = new HashMap<>();
        jdbc.list("""
                SELECT c.user_account_id, c.first_name, c.birth_date
                FROM employee_child c JOIN employee_profile p ON p.user_account_id = c.user_account_id
                WHERE p.employer_id = ? ORDER BY c.user_account_id, c.birth_date, c.id""", row -> {
            LocalDate birthDate = row.getObject("birth_date", LocalDate.class);
            if (ChildEligibility.eligible(birthDate, year, event)) {
                byEmployee.computeIfAbsent(row.getLong("user_account_id"), id -> new ArrayList<>())
                        .add(new Child(row.getString("first_name"), birthDate));
            }
            return null;
        }, employerId);
        // Two children with the same first name and birth date (a data-entry slip: "Chloé" and "Chloe") count once,
        // as URSSAF would and as grant_beneficiary's key requires: the first one entered is kept.
        byEmployee.replaceAll((id, children) -> {
            Map<String, Child> byKey = new LinkedHashMap<>();
            children.forEach(child -> byKey.putIfAbsent(child.key(), child));
            return List.copyOf(byKey.values());
        });
        return byEmployee;
    }

    private static Employee employee(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Employee(row.getLong("id"), row.getString("first_name"), row.getString("last_name"));
    }
}
