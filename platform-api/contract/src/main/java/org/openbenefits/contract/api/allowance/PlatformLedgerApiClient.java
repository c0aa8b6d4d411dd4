package org.openbenefits.contract.api.allowance;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/** Platform admins: top-ups of every employer, and the ledger consistency check. */
@Client(id = "platform-api", path = "/api/v1/platform")
public interface PlatformLedgerApiClient {

    /** Top-ups of all employers, newest first; {@code status} PENDING, CONFIRMED, REJECTED or null for all. */
    @Get("/top-ups")
    List<TopUpView> topUps(@QueryValue @Nullable String status);

    /** Credits the employer budget through the ledger; 409 top-up.already-decided if it is not pending. */
    @Post("/top-ups/{id}/confirmation")
    TopUpView confirm(@PathVariable long id);

    /** 409 top-up.already-decided if it is not pending. */
    @Post("/top-ups/{id}/rejection")
    TopUpView reject(@PathVariable long id);

    /** Runs the consistency check over the whole ledger now. */
    @Post("/ledger/check")
    LedgerCheckReport checkLedger();
}
