package org.openbenefits.contract.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.annotation.Client;

/**
 * The audit log, for the administration portal: HR managers read their employer's entries, platform admins
 * everyone's or one employer's; support agents and employees get 403.
 */
@Client(id = "platform-api", path = "/api/v1/audit")
public interface AuditApiClient {

    /**
     * A page of entries, newest first.
     *
     * @param employerId platform admins: one employer's entries, null for all; HR managers: null or their own
     * @param page       from 0
     * @param size       1 to 200
     */
    @Get
    AuditPage list(@QueryValue @Nullable Long employerId, @QueryValue int page, @QueryValue int size);
}
