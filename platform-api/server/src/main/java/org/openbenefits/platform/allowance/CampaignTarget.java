package org.openbenefits.platform.allowance;

/** Who a campaign is for: every active employee, a department, a site, or a chosen list. */
public enum CampaignTarget {
    ALL,
    DEPARTMENT,
    SITE,
    LIST
}
