package org.openbenefits.platform.checkout;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.allocation.Grant;
import org.openbenefits.platform.allowance.GrantReader;
import org.openbenefits.platform.catalogue.CatalogueReader;

/**
 * The employee's active grants as checkout allocates them, read through the wallet's {@link GrantReader} and turned
 * into application types here, on the read side, so that {@link QuoteCart} knows nothing of the API's records.
 */
@Singleton
class ActiveGrantReader {

    /** An active grant: its id, kind and campaign for the order's parts, and its allocation view. */
    record ActiveGrant(long id, AllowanceKind kind, String campaignName, Grant grant) {
    }

    private final GrantReader grants;

    ActiveGrantReader(GrantReader grants) {
        this.grants = grants;
    }

    List<ActiveGrant> ofEmployee(long employeeId) {
        return grants.ofEmployee(employeeId).stream().filter(view -> "ACTIVE".equals(view.status()))
                .map(view -> new ActiveGrant(view.id(), AllowanceKind.valueOf(view.kind()), view.campaignName(),
                        CatalogueReader.grant(view)))
                .toList();
    }

    LocalDate today() {
        return grants.today();
    }
}
