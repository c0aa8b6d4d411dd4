package org.openbenefits.admin;

/** The addresses of the portal's areas, shared by the access rules, the navigation and the controllers. */
public final class AdminPaths {

    /** HR: the employer's employees, their profiles and the CSV import. */
    public static final String EMPLOYEES = "/salaries";
    /** HR: the employer's HR managers. */
    public static final String MANAGERS = "/gestionnaires";
    /** HR (their employer) and platform admins (every employer): the audit log. */
    public static final String AUDIT = "/journal";
    /** Platform staff's home, until the support tools exist. */
    public static final String STAFF = "/plateforme";

    private AdminPaths() {
    }

    /** Whether {@code path} is {@code area} itself or a page under it. */
    public static boolean within(String path, String area) {
        return path.equals(area) || path.startsWith(area + "/");
    }
}
