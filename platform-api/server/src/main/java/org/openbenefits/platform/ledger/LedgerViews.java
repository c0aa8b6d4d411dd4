package org.openbenefits.platform.ledger;

import org.openbenefits.contract.api.allowance.LedgerCheckReport;

/**
 * The ledger check as the API reports it. Its problems are read by platform admins only, and are still written in
 * French: they are findings of a check, not refusals, so the catalogue of refusal codes does not word them.
 */
final class LedgerViews {

    private LedgerViews() {
    }

    static LedgerCheckReport report(LedgerCheck check) {
        return new LedgerCheckReport(check.checkedAt(), check.consistent(), check.movements(), check.entries(),
                check.accounts(), check.problems().stream().map(LedgerViews::french).toList());
    }

    static String french(LedgerCheck.Problem problem) {
        return switch (problem) {
            case LedgerCheck.UnbalancedMovement p -> "Mouvement " + p.movementId() + " : ses écritures totalisent "
                    + p.total().format() + " au lieu de 0.";
            case LedgerCheck.MovementWithoutEntries p -> "Mouvement " + p.movementId() + " : aucune écriture.";
            case LedgerCheck.BalanceNotItsEntries p -> "Compte " + p.accountId() + " : solde tenu " + p.kept().format()
                    + ", somme des écritures " + p.entries().format() + ".";
            case LedgerCheck.NegativeBalance p -> "Compte " + p.accountId() + " (" + p.type() + ") : solde négatif "
                    + p.balance().format() + ".";
            case LedgerCheck.EmployerNotBalanced p -> "Employeur " + p.employerId() + " : ses comptes totalisent "
                    + p.total().format() + " au lieu de 0 (argent créé ou perdu).";
            case LedgerCheck.LedgerNotBalanced p -> "Tous comptes confondus, les soldes totalisent "
                    + p.total().format() + " au lieu de 0 (argent créé ou perdu).";
        };
    }
}
