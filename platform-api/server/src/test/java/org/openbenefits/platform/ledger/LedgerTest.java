package org.openbenefits.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openbenefits.contract.api.allowance.LedgerCheckReport;
import org.openbenefits.domain.ledger.Posting;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.AllowanceTestKit;
import org.openbenefits.platform.IdentityTestKit;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;

/** The ledger writes balanced movements only, never overdraws, and its check finds what is wrong. */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerTest implements TestPropertyProvider {

    @Inject
    Ledger ledger;
    @Inject
    CheckLedger checkLedger;
    @Inject
    IdentityTestKit kit;
    @Inject
    AllowanceTestKit allowances;
    @Inject
    Jdbc jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestInfrastructure.get().micronautProperties("platform_ledger");
    }

    private EmployerAccounts accountsOf(String employer) {
        long employerId = kit.employer(employer).id();
        return transactions.executeWrite(status -> ledger.employerAccounts(employerId));
    }

    private PostingResult post(long employerId, MovementKind kind, Posting posting) {
        return transactions.executeWrite(status -> ledger.post(new Movement(employerId, kind, null, "test", null),
                posting));
    }

    @Test
    void an_employer_has_one_funding_and_one_budget_account_however_often_asked() {
        EmployerAccounts first = accountsOf("Comptes SA");
        EmployerAccounts again = accountsOf("Comptes SA");

        assertThat(again).isEqualTo(first);
        assertThat(first.budgetId()).isNotEqualTo(first.externalFundingId());
    }

    @Test
    void a_top_up_mirrors_the_money_in_external_funding_and_the_check_stays_clean() {
        long employerId = kit.employer("Miroir SA").id();
        EmployerAccounts accounts = accountsOf("Miroir SA");

        PostingResult result = post(employerId, MovementKind.TOP_UP,
                Posting.transfer(accounts.externalFundingId(), accounts.budgetId(), Money.ofCents(12_345)));

        assertThat(result).isInstanceOf(PostingResult.Posted.class);
        assertThat(ledger.balance(accounts.budgetId())).isEqualTo(Money.ofCents(12_345));
        assertThat(ledger.balance(accounts.externalFundingId())).isEqualTo(Money.ofCents(-12_345));
        LedgerCheck report = checkLedger.check();
        assertThat(report.problems()).isEmpty();
        assertThat(report.consistent()).isTrue();
    }

    @Test
    void a_movement_that_would_overdraw_the_budget_writes_nothing() {
        long employerId = kit.employer("Découvert SA").id();
        EmployerAccounts accounts = accountsOf("Découvert SA");
        post(employerId, MovementKind.TOP_UP,
                Posting.transfer(accounts.externalFundingId(), accounts.budgetId(), Money.ofCents(100)));
        long movements = allowances.count("ledger_movement");

        PostingResult result = post(employerId, MovementKind.TOP_UP,
                Posting.transfer(accounts.budgetId(), accounts.externalFundingId(), Money.ofCents(101)));

        assertThat(result).isEqualTo(new PostingResult.Overdrawn(accounts.budgetId(), Money.ofCents(1)));
        assertThat(allowances.count("ledger_movement")).isEqualTo(movements);
        assertThat(ledger.balance(accounts.budgetId())).isEqualTo(Money.ofCents(100));
    }

    @Test
    void accounts_of_another_employer_are_refused() {
        long employerId = kit.employer("Voisin A").id();
        EmployerAccounts mine = accountsOf("Voisin A");
        EmployerAccounts theirs = accountsOf("Voisin B");

        assertThatThrownBy(() -> post(employerId, MovementKind.TOP_UP,
                Posting.transfer(mine.externalFundingId(), theirs.budgetId(), Money.ofCents(5))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void opening_funded_accounts_moves_the_total_in_one_balanced_movement() {
        long employerId = kit.employer("Ouverture SA").id();
        EmployerAccounts accounts = accountsOf("Ouverture SA");
        post(employerId, MovementKind.TOP_UP,
                Posting.transfer(accounts.externalFundingId(), accounts.budgetId(), Money.ofCents(1_000)));

        PostingResult refused = transactions.executeWrite(status -> ledger.openFunded(new Movement(employerId,
                        MovementKind.DISTRIBUTION, null, "trop", null), accounts.budgetId(), LedgerAccountType.GRANT,
                List.of(new Ledger.NewAccount(9_001, Money.ofCents(600)),
                        new Ledger.NewAccount(9_002, Money.ofCents(401)))));
        PostingResult opened = transactions.executeWrite(status -> ledger.openFunded(new Movement(employerId,
                        MovementKind.DISTRIBUTION, null, "juste", null), accounts.budgetId(), LedgerAccountType.GRANT,
                List.of(new Ledger.NewAccount(9_001, Money.ofCents(600)),
                        new Ledger.NewAccount(9_002, Money.ofCents(400)))));

        assertThat(refused).isEqualTo(new PostingResult.Overdrawn(accounts.budgetId(), Money.ofCents(1)));
        PostingResult.Posted posted = (PostingResult.Posted) opened;
        assertThat(posted.accountsByOwner()).containsOnlyKeys(9_001L, 9_002L);
        assertThat(ledger.balance(posted.accountsByOwner().get(9_001L))).isEqualTo(Money.ofCents(600));
        assertThat(ledger.balance(accounts.budgetId())).isEqualTo(Money.ZERO);
        assertThat(jdbc.number("SELECT COUNT(*) FROM ledger_entry WHERE movement_id = ?", posted.movementId()))
                .isEqualTo(3);
        assertThat(checkLedger.check().consistent()).isTrue();
    }

    @Test
    void the_check_names_an_account_whose_kept_balance_disagrees_with_its_entries() {
        long employerId = kit.employer("Fraude SA").id();
        EmployerAccounts accounts = accountsOf("Fraude SA");
        post(employerId, MovementKind.TOP_UP,
                Posting.transfer(accounts.externalFundingId(), accounts.budgetId(), Money.ofCents(500)));
        jdbc.update("UPDATE ledger_account SET balance_cents = balance_cents + 1 WHERE id = ?", accounts.budgetId());
        try {
            LedgerCheck report = checkLedger.check();

            assertThat(report.consistent()).isFalse();
            assertThat(report.problems()).contains(
                    new LedgerCheck.BalanceNotItsEntries(accounts.budgetId(), Money.ofCents(501), Money.ofCents(500)),
                    new LedgerCheck.EmployerNotBalanced(employerId, Money.ofCents(1)));
            assertThat(report.problems()).hasAtLeastOneElementOfType(LedgerCheck.LedgerNotBalanced.class);
            assertThat(LedgerViews.report(report).problems())
                    .anyMatch(problem -> problem.startsWith("Compte " + accounts.budgetId() + " : solde tenu 5,01"))
                    .anyMatch(problem -> problem.contains("argent créé ou perdu"));
        } finally {
            jdbc.update("UPDATE ledger_account SET balance_cents = balance_cents - 1 WHERE id = ?",
                    accounts.budgetId());
        }
        assertThat(checkLedger.check().consistent()).isTrue();
    }

    @Test
    void platform_admins_run_the_check_through_the_api() {
        LedgerCheckReport report = kit.read(kit.postAs(allowances.adminToken(), "/api/v1/platform/ledger/check", ""),
                LedgerCheckReport.class);

        assertThat(report.consistent()).isTrue();
        assertThat(report.accounts()).isPositive();
        assertThat(jdbc.number("SELECT COUNT(*) FROM audit_entry WHERE action = 'LEDGER_CHECKED'")).isPositive();
    }
}
