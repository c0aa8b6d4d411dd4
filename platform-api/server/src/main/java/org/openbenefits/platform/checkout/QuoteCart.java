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

/** TEMPORARY copy of the lead's shared signature (shared-api.md); replaced by main's on merge. */
@Singleton
public class QuoteCart {




    public Quote quote(long employerId, long employeeId, CartContent content) {
        throw new UnsupportedOperationException("shared piece not merged yet");
    }
}
