package org.openbenefits.admin;

/** The addresses of the portal's areas, shared by the access rules, the navigation and the controllers. */
public final class AdminPaths {

    /** HR: the employer's employees, their profiles and the CSV import. */
    public static final String EMPLOYEES = "/salaries";
    /** HR: the employer's HR managers. */
    public static final String MANAGERS = "/gestionnaires";
    /** HR (their employer) and platform admins (every employer): the audit log. */
    public static final String AUDIT = "/journal";
    /** HR: the employer budget, its top-ups and its statement. */
    public static final String BUDGET = "/budget";
    /** HR: the allowance campaigns, their preview, confirmation and grants. */
    public static final String CAMPAIGNS = "/campagnes";
    /** Platform staff's home, until the support tools exist. */
    public static final String STAFF = "/plateforme";
    /** Platform admins: the top-ups of every employer waiting for a check of the bank statement. */
    public static final String TOP_UP_REVIEW = STAFF + "/virements";
    /** Platform admins: the ledger consistency check. */
    public static final String LEDGER_CHECK = STAFF + "/grand-livre";
    /** Platform admins: the catalogue's offers, created, edited and published. */
    public static final String OFFERS = STAFF + "/offres";
    /** Platform admins: the shipping fee and its free-shipping threshold. */
    public static final String SHIPPING = STAFF + "/livraison";
    /** Platform admins: the advantage codes employees enter in their cart. */
    public static final String ADVANTAGE_CODES = STAFF + "/codes-avantage";

    private AdminPaths() {
    }

    /** Whether {@code path} is {@code area} itself or a page under it. */
    public static boolean within(String path, String area) {
        return path.equals(area) || path.startsWith(area + "/");
    }
}
