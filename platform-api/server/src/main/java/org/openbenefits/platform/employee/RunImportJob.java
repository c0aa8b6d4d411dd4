package org.openbenefits.platform.employee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one import job on an import thread. The file is read in steps of {@value #LINES_PER_STEP} lines, never whole:
 * each step is checked (against the rules, the lines before it and the employer's data) and its valid lines inserted
 * (accounts, profiles, invitation links and e-mails, with batched inserts: invited accounts have no password, so
 * nothing is hashed); the report keeps the first errors and counts all ({@link ImportTally}), so memory stays flat
 * whatever the file. All steps belong to ONE transaction, which also writes the audit entry and the job's DONE state:
 * the import creates everyone or nobody. After each step the job's progress is written in a short transaction of its
 * own, committed at once, so that any instance can show it while the big one is still open. A job declared lost
 * meanwhile ({@link FailInterruptedImports}) cannot be finished: the big transaction rolls back.
 */
@Singleton
class RunImportJob {

    static final int LINES_PER_STEP = 500;
    static final String FAILED = "L'import a échoué : aucun salarié n'a été créé. Réessayez ; si l'erreur persiste, "
            + "contactez le support.";

    private static final Logger LOG = LoggerFactory.getLogger(RunImportJob.class);
    private static final int CHUNK = 1000;

    /** The job is no longer RUNNING (declared lost): what was written must not commit. */
    private static final class NoLongerRunning extends RuntimeException {
        NoLongerRunning(long jobId) {
            super("Import job " + jobId + " is no longer running", null, false, false);
        }
    }

    private final TransactionOperations<Connection> transactions;
    private final ImportChecks checks;
    private final ImportLimits limits;
    private final EmployeeImportJobs jobs;
    private final StoredImportReports reports;
    private final Employers employers;
    private final InviteUser inviteUser;
    private final Audit audit;
    private final Clock clock;

    RunImportJob(TransactionOperations<Connection> transactions, ImportChecks checks, ImportLimits limits,
                 EmployeeImportJobs jobs, StoredImportReports reports, Employers employers, InviteUser inviteUser,
                 Audit audit,
                 Clock clock) {
        this.transactions = transactions;
        this.checks = checks;
        this.limits = limits;
        this.jobs = jobs;
        this.reports = reports;
        this.employers = employers;
        this.inviteUser = inviteUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Never throws but the JVM's own errors: a failure is written on the job, for the person polling it.
     *
     * @param csv a file {@link AdmitImportFile} admitted
     */
    void run(long jobId, long employerId, long hrId, byte[] csv) {
        try {
            transactions.executeWrite(status -> {
                write(jobId, employerId, hrId, csv);
                return null;
            });
        } catch (NoLongerRunning e) {
            LOG.warn("Import job {} was declared lost while it ran: rolled back", jobId);
        } catch (RuntimeException | Error e) {
            // an Error too (out of memory...): the job must not stay RUNNING until its heartbeat is missed
            LOG.error("Import job {} of employer {} failed: rolled back", jobId, employerId, e);
            try {
                transactions.executeWrite(status -> jobs.fail(jobId, FAILED, ImportFailure.ERROR.name(), clock.instant()));
            } catch (RuntimeException again) {
                LOG.error("Import job {} could not be marked FAILED; it will read INTERRUPTED once its heartbeat "
                        + "stops", jobId, again);
            }
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private void write(long jobId, long employerId, long hrId, byte[] csv) {
        EmployeeCsv.Rows rows = EmployeeCsv.rows(csv);
        ImportChecks.SeenInFile seen = new ImportChecks.SeenInFile();
        ImportTally tally = new ImportTally(limits.maxListedErrors());
        String employerName = employers.findById(employerId).orElseThrow().name();
        for (List<Line> step = rows.next(LINES_PER_STEP); !step.isEmpty(); step = rows.next(LINES_PER_STEP)) {
            ImportChecks.Checked checked = checks.check(employerId, step, seen);
            tally.checked(step.size(), checked);
            List<UserAccountRow> accounts = insert(employerId, checked.valid());
            if (!accounts.isEmpty()) {
                inviteUser.inviteNewEmployees(accounts, employerName);
            }
            tally.imported(accounts.size());
            progress(jobId, tally.lines());
        }
        int lines = tally.lines();
        int created = tally.imported();
        audit.record(hrId, employerId, AuditAction.EMPLOYEES_IMPORTED, "employee-import:" + jobId,
                created + " salariés importés, " + (lines - created) + " lignes rejetées sur " + lines);
        if (jobs.finish(jobId, reports.write(tally.summary()), clock.instant()) != 1) {
            throw new NoLongerRunning(jobId);
        }
    }

    /** Writes the progress in a transaction of its own, committed now, while the import's own stays open. */
    private void progress(long jobId, int processedLines) {
        int updated = transactions.execute(
                TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                status -> jobs.progress(jobId, processedLines, clock.instant()));
        if (updated != 1) {
            throw new NoLongerRunning(jobId);
        }
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
                    + "WHERE email IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
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
