package org.openbenefits.platform;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.allowance.CampaignView;
import org.openbenefits.contract.api.allowance.TopUpRequest;
import org.openbenefits.contract.api.allowance.TopUpView;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.IdentityTestKit.Answer;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * What the allowance tests share: an employer with its HR manager, a platform admin, a funded budget, campaign
 * requests, and row counts to prove that a refusal wrote nothing.
 */
@Singleton
public class AllowanceTestKit {

    /** An employer and the access token of one of its HR managers. */
    public record Employer(long id, long hrId, String hrToken) {
    }

    private final IdentityTestKit kit;
    private final Jdbc jdbc;
    private UserAccountRow admin;

    AllowanceTestKit(IdentityTestKit kit, Jdbc jdbc) {
        this.kit = kit;
        this.jdbc = jdbc;
    }

    public Employer employer(String name) {
        long employerId = kit.employer(name).id();
        UserAccountRow hr = kit.account(Role.HR_MANAGER, AccountStatus.ACTIVE, employerId);
        return new Employer(employerId, hr.id(), kit.signIn(hr.email(), IdentityTestKit.GOOD_PASSWORD).accessToken());
    }

    /** A platform admin's token, fresh: tests move the server's clock, which expires tokens signed earlier. */
    public synchronized String adminToken() {
        if (admin == null) {
            admin = kit.account(Role.PLATFORM_ADMIN, AccountStatus.ACTIVE, null);
        }
        return kit.signIn(admin.email(), IdentityTestKit.GOOD_PASSWORD).accessToken();
    }

    /** Records a transfer as HR and confirms it as a platform admin. */
    public TopUpView fund(Employer employer, long cents) {
        TopUpView recorded = kit.read(kit.postAs(employer.hrToken(), "/api/v1/budget/top-ups",
                new TopUpRequest(cents, "VIR-" + cents)), TopUpView.class);
        Answer confirmed = kit.postAs(adminToken(), "/api/v1/platform/top-ups/" + recorded.id() + "/confirmation", "");
        if (confirmed.status() != 200) {
            throw new AssertionError("Top-up not confirmed: " + confirmed.body());
        }
        return kit.read(confirmed, TopUpView.class);
    }

    public Answer confirm(Employer employer, CampaignRequest request) {
        return kit.postAs(employer.hrToken(), "/api/v1/campaigns", request);
    }

    public CampaignView confirmed(Employer employer, CampaignRequest request) {
        Answer answer = confirm(employer, request);
        if (answer.status() != 201) {
            throw new AssertionError("Campaign refused: " + answer.body());
        }
        return kit.read(answer, CampaignView.class);
    }

    public Answer get(String token, String uri) {
        return kit.call(HttpRequest.GET(uri).bearerAuth(token));
    }

    /** A gift cheque for every active employee, valid from {@code from} to the end of its year. */
    public static CampaignRequest giftCheque(String name, long cents, LocalDate from, String event) {
        return new CampaignRequest("GIFT_CHEQUE", name, cents, false, from, LocalDate.of(from.getYear(), 12, 31),
                List.of("*"), null, event, "ALL", null, List.of());
    }

    /** A cinema subsidy for the listed employees. */
    public static CampaignRequest subsidy(String name, long cents, LocalDate from, LocalDate to, List<Long> employees) {
        return new CampaignRequest("SUBSIDY", name, cents, false, from, to, List.of("CINEMA"), 50, null, "LIST", null,
                employees);
    }

    /** How many rows the table holds now. */
    public long count(String table) {
        return jdbc.number("SELECT COUNT(*) FROM " + table);
    }

    /** The rows of the tables a campaign writes, to prove that a refusal wrote nothing. */
    public List<Long> allowanceRows() {
        return List.of(count("allowance_campaign"), count("allowance_grant"), count("grant_beneficiary"),
                count("ledger_account"), count("ledger_movement"), count("ledger_entry"), count("audit_entry"));
    }

    public long budgetBalance(long employerId) {
        return jdbc.number("SELECT balance_cents FROM ledger_account WHERE employer_id = ? AND type = 'EMPLOYER_BUDGET'",
                employerId);
    }

    /** What the employer's grants hold together. */
    public long grantBalances(long employerId) {
        return jdbc.number("SELECT COALESCE(SUM(balance_cents), 0) FROM ledger_account WHERE employer_id = ? "
                + "AND type = 'GRANT'", employerId);
    }

    public long confirmedTopUps(long employerId) {
        return jdbc.number("SELECT COALESCE(SUM(amount_cents), 0) FROM budget_top_up WHERE employer_id = ? "
                + "AND status = 'CONFIRMED'", employerId);
    }

    /** Movements whose entries do not sum to zero, over the whole ledger. */
    public long unbalancedMovements() {
        return jdbc.number("SELECT COUNT(*) FROM (SELECT movement_id FROM ledger_entry GROUP BY movement_id "
                + "HAVING SUM(amount_cents) <> 0) unbalanced");
    }

    public long negativeBalances() {
        return jdbc.number("SELECT COUNT(*) FROM ledger_account WHERE balance_cents < 0 AND type <> 'EXTERNAL_FUNDING'");
    }
}
