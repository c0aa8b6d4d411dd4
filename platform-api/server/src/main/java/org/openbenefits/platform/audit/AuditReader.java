package org.openbenefits.platform.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.security.CurrentUser;

/** The audit log as the API shows it: pages of it, newest first, and the entries about one person. */
@Singleton
public class AuditReader {

    private final AuditEntries entries;

    AuditReader(AuditEntries entries) {
        this.entries = entries;
    }

    /**
     * A page of the entries the caller may read: a platform admin's, all of them or one employer's; an HR manager's,
     * their employer's only.
     *
     * @param employerId the employer whose entries to read, or null for all the caller may read
     * @return empty when an HR manager names another employer than their own
     */
    Optional<AuditPage> page(CurrentUser reader, @Nullable Long employerId, int page, int size) {
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.desc("id")));
        Page<AuditEntryRow> found;
        if (reader.role() == Role.PLATFORM_ADMIN) {
            found = employerId == null ? entries.findAll(pageable) : entries.findByEmployerId(employerId, pageable);
        } else if (employerId != null && !Objects.equals(employerId, reader.employerId())) {
            return Optional.empty();
        } else {
            found = entries.findByEmployerId(reader.requireEmployerId(), pageable);
        }
        return Optional.of(new AuditPage(found.getContent().stream().map(AuditReader::view).toList(),
                pageable.getNumber(), pageable.getSize(), found.getTotalSize()));
    }

    /**
     * The entries about a person, for their personal data export: those they acted in, and those whose target is
     * one of {@code targets} (e.g. {@code employee:42}), oldest first. In the export's transaction.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<AuditEntryView> concerning(long accountId, List<String> targets) {
        return entries.findConcerning(accountId, targets).stream().map(AuditReader::view).toList();
    }

    private static AuditEntryView view(AuditEntryRow row) {
        return new AuditEntryView(row.id(), row.occurredAt(), row.actorId(), row.employerId(), row.action().name(),
                row.target(), row.details());
    }
}
