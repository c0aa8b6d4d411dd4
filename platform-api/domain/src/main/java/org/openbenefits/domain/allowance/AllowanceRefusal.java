package org.openbenefits.domain.allowance;

import java.util.List;

import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The refusals of allowances and of the money behind them: campaigns (their form's rules, their recipients, the
 * budget they draw on), grants, and the bank transfers that fund budgets. Fields of a campaign or top-up break the
 * {@link RefusalKind#FIELD} codes below, or a general one ({@code field.required}, {@code field.too-long}...), inside
 * {@code request.invalid}. Amounts are {@code Money}; no parameter names a person. A campaign, grant or top-up that
 * does not exist, or is another employer's, is {@code resource.not-found} like any other: the same answer whatever
 * the employer, on every route.
 */
public enum AllowanceRefusal implements RefusalCode {

    /** The campaign's cost is more than the budget holds: {@code missing} is what lacks. */
    BUDGET_SHORTFALL("budget.shortfall", RefusalKind.CONFLICT, "missing", "cost", "balance"),
    /** The target matches no active (or invited) employee, or for a per-child amount none with an eligible child. */
    CAMPAIGN_NO_RECIPIENTS("campaign.no-recipients", RefusalKind.CONFLICT),
    /** The grant expired or was revoked already: its balance went back to the budget then. */
    GRANT_NOT_ACTIVE("grant.not-active", RefusalKind.CONFLICT),
    /** The top-up was confirmed or rejected already. */
    TOP_UP_ALREADY_DECIDED("top-up.already-decided", RefusalKind.CONFLICT),

    /** An amount per employee (or per child) above {@code max}. */
    CAMPAIGN_AMOUNT_TOO_LARGE("campaign.amount-too-large", RefusalKind.FIELD, "max"),
    /** Every recipient's amount together is more than can be counted: fewer recipients or a smaller amount. */
    CAMPAIGN_TOTAL_TOO_LARGE("campaign.total-too-large", RefusalKind.FIELD),
    /** The last valid day precedes the first. */
    CAMPAIGN_VALIDITY_ENDS_BEFORE_START("campaign.validity-ends-before-start", RefusalKind.FIELD),
    /** The last valid day is already past. */
    CAMPAIGN_VALIDITY_OVER("campaign.validity-over", RefusalKind.FIELD),
    /** A validity longer than {@code years} years: the last valid day may be {@code max} at the latest. */
    CAMPAIGN_VALIDITY_TOO_FAR("campaign.validity-too-far", RefusalKind.FIELD, "years", "max"),
    /** Category codes the catalogue does not have, comma-separated. */
    CAMPAIGN_CATEGORIES_UNKNOWN("campaign.categories-unknown", RefusalKind.FIELD, "categories"),
    /** Categories a culture cheque may not pay, comma-separated. */
    CAMPAIGN_CATEGORIES_NOT_CULTURAL("campaign.categories-not-cultural", RefusalKind.FIELD, "categories"),
    /** "Any category" ({@code *}) on anything but a gift cheque. */
    CAMPAIGN_ANY_CATEGORY_GIFT_CHEQUE_ONLY("campaign.any-category-gift-cheque-only", RefusalKind.FIELD),
    /** A share cap per line on anything but a subsidy. */
    CAMPAIGN_SHARE_CAP_SUBSIDY_ONLY("campaign.share-cap-subsidy-only", RefusalKind.FIELD),
    /** An URSSAF event on anything but a gift cheque. */
    CAMPAIGN_EVENT_GIFT_CHEQUE_ONLY("campaign.event-gift-cheque-only", RefusalKind.FIELD),
    /** An amount per child without a children's event (children's Christmas, back to school). */
    CAMPAIGN_PER_CHILD_NEEDS_CHILDREN_EVENT("campaign.per-child-needs-children-event", RefusalKind.FIELD),
    /** A children's event given as an amount per employee: it is given per child. */
    CAMPAIGN_CHILDREN_EVENT_NEEDS_PER_CHILD("campaign.children-event-needs-per-child", RefusalKind.FIELD),
    /** {@code count} employees of the list are unknown or another employer's. */
    CAMPAIGN_EMPLOYEES_UNKNOWN("campaign.employees-unknown", RefusalKind.FIELD, "count"),
    /** {@code count} employees of the list are deactivated or deleted, and can receive nothing. */
    CAMPAIGN_EMPLOYEES_INACTIVE("campaign.employees-inactive", RefusalKind.FIELD, "count"),
    /** A bank transfer above {@code max}: record several. */
    TOP_UP_AMOUNT_TOO_LARGE("top-up.amount-too-large", RefusalKind.FIELD, "max");

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    AllowanceRefusal(String code, RefusalKind kind, String... parameters) {
        this.code = code;
        this.kind = kind;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalKind kind() {
        return kind;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
