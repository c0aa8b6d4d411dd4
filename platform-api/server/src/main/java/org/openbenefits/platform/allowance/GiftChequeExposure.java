package org.openbenefits.platform.allowance;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.CampaignPreview.SubjectEmployee;
import org.openbenefits.contract.api.allowance.CampaignPreview.UrssafPreview;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.urssaf.AssessGiftVouchers;
import org.openbenefits.domain.urssaf.GiftVoucher;
import org.openbenefits.domain.urssaf.GiftVoucherAssessment;
import org.openbenefits.domain.urssaf.SocialSecurityCeilings;
import org.openbenefits.domain.urssaf.UrssafEvent;
import org.openbenefits.platform.allowance.Recipients.Recipient;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The URSSAF assessment HR sees before confirming a gift-cheque campaign (DESIGN 3.9): each recipient's gift cheques
 * of the campaign's year (by first valid day; revoked ones left out), this campaign added, judged by
 * {@link AssessGiftVouchers}. Children's events count per child.
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

    /** Null when the year's PMSS is not in the table yet. */
    @Nullable UrssafPreview assess(long employerId, CampaignSpec spec, List<Recipient> recipients) {
        Year year = Year.of(spec.year());
        Map<Long, List<GiftVoucher>> earlier = earlierVouchers(employerId, year);
        List<SubjectEmployee> subject = new ArrayList<>();
        Money threshold = null;
        for (Recipient recipient : recipients) {
            List<GiftVoucher> before = earlier.getOrDefault(recipient.employeeId(), List.of());
            List<GiftVoucher> vouchers = new ArrayList<>(before);
            vouchers.addAll(thisCampaign(spec, recipient));
            GiftVoucherAssessment assessment = assess.assess(year, vouchers);
            if (!(assessment instanceof GiftVoucherAssessment.Assessed assessed)) {
                return null;
            }
            threshold = assessed.threshold();
            Money subjectAmount = assessed.subjectAmount(vouchers);
            if (subjectAmount.isPositive()) {
                subject.add(new SubjectEmployee(recipient.employeeId(), recipient.name(), total(before).cents(),
                        recipient.amount().cents(), subjectAmount.cents()));
            }
        }
        if (threshold == null) {
            Optional<Money> known = SocialSecurityCeilings.published().giftThreshold(year);
            if (known.isEmpty()) {
                return null;
            }
            threshold = known.get();
        }
        subject.sort(Comparator.comparingLong(SubjectEmployee::subjectCents).reversed()
                .thenComparing(SubjectEmployee::name));
        long subjectTotal = subject.stream().mapToLong(SubjectEmployee::subjectCents).sum();
        return new UrssafPreview(year.getValue(), threshold.cents(), subject.size(), subjectTotal,
                subject.subList(0, Math.min(MAX_LINES, subject.size())));
    }

    private static List<GiftVoucher> thisCampaign(CampaignSpec spec, Recipient recipient) {
        if (spec.perChild()) {
            return recipient.children().stream().map(child -> new GiftVoucher(THIS_CAMPAIGN + "/" + child.key(),
                    spec.amount(), spec.urssafEvent(), Optional.of(child.key()))).toList();
        }
        return List.of(new GiftVoucher(THIS_CAMPAIGN, recipient.amount(), spec.urssafEvent(), Optional.empty()));
    }

    private Map<Long, List<GiftVoucher>> earlierVouchers(long employerId, Year year) {
        Map<Long, List<GiftVoucher>> byEmployee = new HashMap<>();
        jdbc.list("""
                SELECT g.id, g.employee_id, g.amount_cents, c.urssaf_event, b.child_birth_date, b.child_first_name,
                       b.amount_cents AS child_amount_cents
                FROM allowance_grant g JOIN allowance_campaign c ON c.id = g.campaign_id
                LEFT JOIN grant_beneficiary b ON b.grant_id = g.id
                WHERE g.employer_id = ? AND g.kind = 'GIFT_CHEQUE' AND g.status <> 'REVOKED'
                  AND g.valid_from >= ? AND g.valid_from <= ?""", row -> {
            String event = row.getString("urssaf_event");
            Optional<UrssafEvent> urssafEvent = Optional.ofNullable(event).map(UrssafEvent::valueOf);
            LocalDate childBirth = row.getObject("child_birth_date", LocalDate.class);
            GiftVoucher voucher;
            if (childBirth == null) {
                voucher = new GiftVoucher("g" + row.getLong("id"), Money.ofCents(row.getLong("amount_cents")),
                        urssafEvent, Optional.empty());
            } else {
                String child = new Recipients.Child(row.getString("child_first_name"), childBirth).key();
                voucher = new GiftVoucher("g" + row.getLong("id") + "/" + child,
                        Money.ofCents(row.getLong("child_amount_cents")), urssafEvent, Optional.of(child));
            }
            return byEmployee.computeIfAbsent(row.getLong("employee_id"), id -> new ArrayList<>()).add(voucher);
        }, employerId, year.atDay(1), year.atMonth(12).atEndOfMonth());
        return byEmployee;
    }

    private static Money total(List<GiftVoucher> vouchers) {
        return vouchers.stream().map(GiftVoucher::amount).reduce(Money.ZERO, Money::plus);
    }
}
