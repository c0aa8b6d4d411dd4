package org.openbenefits.platform.allowance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.openbenefits.platform.allowance.Recipients.Recipient;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * Writes a confirmed campaign and its grants, with multi-row inserts: a campaign of 100,000 grants is a few hundred
 * statements. Runs in the caller's transaction.
 */
@Singleton
class CampaignWriter {

    private final Jdbc jdbc;

    CampaignWriter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    long insertCampaign(long employerId, CampaignSpec spec, long createdBy, Instant at) {
        return jdbc.insert("""
                INSERT INTO allowance_campaign (employer_id, kind, name, amount_cents, per_child, valid_from, valid_to,
                    categories, max_share_percent, urssaf_event, target, target_value, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", employerId, spec.kind(), spec.name(),
                spec.amount().cents(), spec.perChild(), spec.validFrom(), spec.validTo(), spec.storedCategories(),
                spec.maxSharePercent(), spec.urssafEvent().map(Enum::name).orElse(null), spec.target(),
                spec.targetValue(), createdBy, at);
    }

    /** Inserts one ACTIVE grant per recipient, and the children of per-child grants; returns grant ids by employee. */
    Map<Long, Long> insertGrants(long employerId, long campaignId, CampaignSpec spec, List<Recipient> recipients,
                                 Instant at) {
        List<Object[]> rows = new ArrayList<>(recipients.size());
        for (Recipient recipient : recipients) {
            rows.add(new Object[] {employerId, campaignId, recipient.employeeId(), spec.kind(),
                    recipient.amount().cents(), spec.validFrom(), spec.validTo(), GrantStatus.ACTIVE, at});
        }
        jdbc.insertRows("allowance_grant", List.of("employer_id", "campaign_id", "employee_id", "kind",
                "amount_cents", "valid_from", "expires_on", "status", "granted_at"), rows);
        Map<Long, Long> grantsByEmployee = new HashMap<>(recipients.size() * 2);
        jdbc.list("SELECT id, employee_id FROM allowance_grant WHERE campaign_id = ?",
                row -> grantsByEmployee.put(row.getLong("employee_id"), row.getLong("id")), campaignId);
        if (spec.perChild()) {
            List<Object[]> children = new ArrayList<>();
            for (Recipient recipient : recipients) {
                long grantId = grantsByEmployee.get(recipient.employeeId());
                recipient.children().forEach(child -> children.add(new Object[] {grantId, child.birthDate(),
                        child.firstName(), spec.amount().cents()}));
            }
            jdbc.insertRows("grant_beneficiary", List.of("grant_id", "child_birth_date", "child_first_name",
                    "amount_cents"), children);
        }
        return grantsByEmployee;
    }
}
