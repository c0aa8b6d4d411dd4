package org.openbenefits.platform.checkout;

import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.money.Money;

/**
 * What one grant pays of one line, named as the employee knows it ("Cinéma : subvention 5,00 €").
 *
 * @param grantId      the grant
 * @param kind         its allowance kind
 * @param campaignName the campaign that gave it
 * @param amount       the amount it pays of the line, positive
 */
public record GrantPart(long grantId, AllowanceKind kind, String campaignName, Money amount) {
}
