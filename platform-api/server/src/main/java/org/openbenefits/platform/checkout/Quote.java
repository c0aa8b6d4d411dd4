package org.openbenefits.platform.checkout;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.openbenefits.domain.allocation.Allocation;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.allocation.LineAllocation;
import org.openbenefits.domain.catalogue.Delivery;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.pricing.PricedCart;
import org.openbenefits.domain.pricing.PricedLine;
import org.openbenefits.domain.refusal.Refusal;

/** TEMPORARY copy of the lead's shared signature (shared-api.md). */
public record Quote(List<QuotedLine> lines, PricedCart priced, Allocation allocation,
                    Optional<LineAllocation> shipping, List<GrantPart> shippingParts, Optional<LocalDate> shipBy,
                    List<Refusal> problems) {
    public Money total() { throw new UnsupportedOperationException(); }
    public Money allowances() { throw new UnsupportedOperationException(); }
    public Money card() { throw new UnsupportedOperationException(); }
    public Money discount() { throw new UnsupportedOperationException(); }
    public Money shippingFee() { throw new UnsupportedOperationException(); }
    public boolean payable() { throw new UnsupportedOperationException(); }
    public Map<Long, Money> grantTotals() { throw new UnsupportedOperationException(); }
}
