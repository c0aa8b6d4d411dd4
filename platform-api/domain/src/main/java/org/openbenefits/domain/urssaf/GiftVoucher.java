package org.openbenefits.domain.urssaf;

import java.util.Objects;
import java.util.Optional;
import org.openbenefits.domain.money.Money;

/**
 * One gift cheque granted to an employee, as the URSSAF assessment sees it.
 *
 * @param id          identifies the voucher (a grant, or a planned one in a campaign preview)
 * @param amount      its face value, never negative
 * @param event       the listed event it is tied to, if any
 * @param beneficiary the child it is for, for the children's events
 */
public record GiftVoucher(String id, Money amount, Optional<UrssafEvent> event, Optional<String> beneficiary) {

    public GiftVoucher {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(beneficiary, "beneficiary");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A voucher amount is never negative: " + id);
        }
    }
}
