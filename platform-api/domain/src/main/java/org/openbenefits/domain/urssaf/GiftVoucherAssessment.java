package org.openbenefits.domain.urssaf;

import java.time.Year;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openbenefits.domain.money.Money;

/** The outcome of assessing one employee's gift cheques of one year against the URSSAF limits. */
public sealed interface GiftVoucherAssessment {

    /**
     * The year's threshold is known: each voucher is exempt or subject.
     *
     * @param year       the calendar year
     * @param threshold  5% of that year's PMSS, rounded down to the euro
     * @param treatments each voucher's treatment by voucher id, in the order given
     */
    record Assessed(Year year, Money threshold, Map<String, Treatment> treatments) implements GiftVoucherAssessment {

        public Assessed {
            treatments = Collections.unmodifiableMap(new LinkedHashMap<>(treatments));
        }

        /** What is subject to contributions in total. */
        public Money subjectAmount(List<GiftVoucher> vouchers) {
            return vouchers.stream().filter(v -> treatments.get(v.id()) == Treatment.SUBJECT)
                    .map(GiftVoucher::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    /**
     * The PMSS of that year is not in the table yet: nothing can be said.
     *
     * @param year the calendar year asked for
     */
    record YearNotCovered(Year year) implements GiftVoucherAssessment {
    }
}
