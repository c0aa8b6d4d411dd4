package org.openbenefits.platform.allowance;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.urssaf.AssessGiftVouchers;
import org.openbenefits.domain.urssaf.GiftVoucher;
import org.openbenefits.domain.urssaf.GiftVoucherAssessment;
import org.openbenefits.domain.urssaf.SocialSecurityCeilings;
import org.openbenefits.domain.urssaf.UrssafEvent;
import org.openbenefits.platform.allowance.Recipients.Recipient;
import org.openbenefits.platform.allowance.UrssafExposure.SubjectEmployee;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.notification.ParisFormats;

/**
 * The URSSAF assessment HR sees before confirming a gift-cheque campaign (docs/domain-rules.md, "URSSAF limits for gift cheques"). URSSAF counts gift cheques by
 * the calendar year they are given: the campaign counts in the Paris year of the day it is confirmed (for a preview,
 * today), and each recipient's earlier gift cheques in the Paris year of their {@code granted_at}, whatever their
 * validity. A revoked gift cheque counts for what was given and not returned: its amount minus what its REVOCATION
 * movement took back to the budget (all of it when it was unspent, so it then counts 0). This campaign is added and
 * all are judged by {@link AssessGiftVouchers}. Children's events count per child.
 */
@Singleton
class GiftChequeExposure {

    static final int MAX_LINES = 200;
    private static final String THIS_CAMPAIGN = "new";

    private final Jdbc jdbc;
    private final AssessGiftVouchers assess = new AssessGiftVouchers(SocialSecurityCeilings.published());

    GiftChequeExposure(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The assessment; when the year's PMSS is not in the table yet, an exposure that says so
     * ({@link UrssafExposure.ThresholdUnknown}) rather than nothing.
     */
    UrssafExposure assess(long employerId, CampaignSpec spec, List<Recipient> recipients) {
        Year year = Year.of(spec.year());
        Optional<Money> known = SocialSecurityCeilings.published().giftThreshold(year);
        if (known.isEmpty()) {
            return new UrssafExposure.ThresholdUnknown(year.getValue());
        }
        Map<Long, List<GiftVoucher>> earlier = earlierVouchers(employerId, year);
        List<SubjectEmployee> subject = new ArrayList<>();
        Money threshold = known.get();
        for (Recipient recipient : recipients) {
            List<GiftVoucher> before = earlier.getOrDefault(recipient.employeeId(), List.of());
            List<GiftVoucher> vouchers = new ArrayList<>(before);
            vouchers.addAll(thisCampaign(spec, recipient));
            GiftVoucherAssessment assessment = assess.assess(year, vouchers);
            if (!(assessment instanceof GiftVoucherAssessment.Assessed assessed)) {
                return new UrssafExposure.ThresholdUnknown(year.getValue());
            }
            threshold = assessed.threshold();
            Money subjectAmount = assessed.subjectAmount(vouchers);
            if (subjectAmount.isPositive()) {
                subject.add(new SubjectEmployee(recipient.employeeId(), recipient.name(), total(before),
                        recipient.amount(), subjectAmount));
            }
        }
        subject.sort(Comparator.comparing(SubjectEmployee::subject).reversed()
                .thenComparing(SubjectEmployee::name));
        Money subjectTotal = subject.stream().map(SubjectEmployee::subject).reduce(Money.ZERO, Money::plus);
        return new UrssafExposure.Assessed(year.getValue(), threshold, subject.size(), subjectTotal,
                subject.subList(0, Math.min(MAX_LINES, subject.size())));
    }

    private static List<GiftVoucher> thisCampaign(CampaignSpec spec, Recipient recipient) {
        if (spec.perChild()) {
            return recipient.children().stream().map(child -> new GiftVoucher(THIS_CAMPAIGN + "/" + child.key(),
                    spec.amount(), spec.urssafEvent(), Optional.of(child.key()))).toList();
        }
        return List.of(new GiftVoucher(THIS_CAMPAIGN, recipient.amount(), spec.urssafEvent(), Optional.empty()));
    }

    /** One earlier gift cheque grant, and for a per-child one, its children. */
    private record EarlierGrant(long id, long employeeId, Money amount, Money returned, Optional<UrssafEvent> event,
                                Map<String, Money> children) {

        /** What was given and kept: the amount, less what a revocation returned. */
        Money given() {
            return amount.minus(returned);
        }

        List<GiftVoucher> vouchers() {
            if (children.isEmpty()) {
                return List.of(new GiftVoucher("g" + id, given(), event, Optional.empty()));
            }
            // Per child: what was given is shared between the children in proportion to their amounts (all of each
            // unless revoked), rounded down, the cents left over going to the first children.
            long givenCents = given().cents();
            List<Map.Entry<String, Money>> entries = List.copyOf(children.entrySet());
            long[] parts = new long[entries.size()];
            long shared = 0;
            for (int i = 0; i < parts.length; i++) {
                parts[i] = BigInteger.valueOf(entries.get(i).getValue().cents()).multiply(BigInteger.valueOf(givenCents))
                        .divide(BigInteger.valueOf(Math.max(1, amount.cents()))).longValueExact();
                shared += parts[i];
            }
            for (int i = 0; shared < givenCents && i < parts.length; i++) {
                long more = Math.min(entries.get(i).getValue().cents() - parts[i], givenCents - shared);
                parts[i] += more;
                shared += more;
            }
            List<GiftVoucher> vouchers = new ArrayList<>(parts.length);
            for (int i = 0; i < parts.length; i++) {
                String child = entries.get(i).getKey();
                vouchers.add(new GiftVoucher("g" + id + "/" + child, Money.ofCents(parts[i]), event,
                        Optional.of(child)));
            }
            return vouchers;
        }
    }

    private Map<Long, List<GiftVoucher>> earlierVouchers(long employerId, Year year) {
        Map<Long, EarlierGrant> grants = new LinkedHashMap<>();
        Instant from = year.atDay(1).atStartOfDay(ParisFormats.PARIS).toInstant();
        Instant until = year.plusYears(1).atDay(1).atStartOfDay(ParisFormats.PARIS).toInstant();
        jdbc.list("""
                SELECT g.id, g.employee_id, g.amount_cents, c.urssaf_event, b.child_birth_date, b.child_first_name,
                       b.amount_cents AS child_amount_cents,
                       CASE WHEN g.status = 'REVOKED' THEN (
                           SELECT COALESCE(-SUM(e.amount_cents), 0)
                           FROM ledger_account a JOIN ledger_entry e ON e.account_id = a.id
                           JOIN ledger_movement m ON m.id = e.movement_id
                           WHERE a.employer_id = g.employer_id AND a.type = 'GRANT' AND a.owner_id = g.id
                             AND m.kind = 'REVOCATION') ELSE 0 END AS returned_cents
                FROM allowance_grant g JOIN allowance_campaign c ON c.id = g.campaign_id
                LEFT JOIN grant_beneficiary b ON b.grant_id = g.id
                WHERE g.employer_id = ? AND g.kind = 'GIFT_CHEQUE' AND g.granted_at >= ? AND g.granted_at < ?
                ORDER BY g.id, b.child_birth_date, b.child_first_name""", row -> {
            long id = row.getLong("id");
            long employeeId = row.getLong("employee_id");
            Money amount = Money.ofCents(row.getLong("amount_cents"));
            Money returned = Money.ofCents(row.getLong("returned_cents"));
            Optional<UrssafEvent> event = Optional.ofNullable(row.getString("urssaf_event")).map(UrssafEvent::valueOf);
            EarlierGrant grant = grants.computeIfAbsent(id,
                    key -> new EarlierGrant(id, employeeId, amount, returned, event, new LinkedHashMap<>()));
            LocalDate childBirth = row.getObject("child_birth_date", LocalDate.class);
            if (childBirth != null) {
                String child = new Recipients.Child(row.getString("child_first_name"), childBirth).key();
                grant.children().merge(child, Money.ofCents(row.getLong("child_amount_cents")), Money::plus);
            }
            return null;
        }, employerId, from, until);
        Map<Long, List<GiftVoucher>> byEmployee = new HashMap<>();
        for (EarlierGrant grant : grants.values()) {
            byEmployee.computeIfAbsent(grant.employeeId(), id -> new ArrayList<>()).addAll(grant.vouchers());
        }
        return byEmployee;
    }

    private static Money total(List<GiftVoucher> vouchers) {
        return vouchers.stream().map(GiftVoucher::amount).reduce(Money.ZERO, Money::plus);
    }
}
