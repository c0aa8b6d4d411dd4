package org.openbenefits.platform.audit;

/**
 * What an HR manager, a staff member or a person about their own data did; stored by name, so values are only ever
 * added.
 */
public enum AuditAction {
    EMPLOYEE_CREATED,
    EMPLOYEE_EDITED,
    EMPLOYEE_DEACTIVATED,
    EMPLOYEE_REACTIVATED,
    INVITATION_RESENT,
    EMPLOYEES_IMPORTED,
    MANAGER_INVITED,
    /** The person changed "Mon profil"; the details name the fields, never their values. */
    PROFILE_EDITED,
    /** The person downloaded their personal data. */
    DATA_EXPORTED,
    /** The person deleted their account; the details hold no personal data. */
    ACCOUNT_DELETED,
    /** HR recorded a bank transfer to fund the budget. */
    TOP_UP_RECORDED,
    /** A platform admin (or the demo, at once) confirmed a top-up: the budget is credited. */
    TOP_UP_CONFIRMED,
    TOP_UP_REJECTED,
    /** HR confirmed a campaign: its grants are distributed. */
    CAMPAIGN_CONFIRMED,
    /** HR revoked a grant: its unspent balance went back to the budget. */
    GRANT_REVOKED,
    /** A platform admin ran the ledger consistency check. */
    LEDGER_CHECKED,
    /** The person asked to change their sign-in address; the details never hold an address. */
    EMAIL_CHANGE_REQUESTED,
    /** The link e-mailed to the new sign-in address was used: the account signs in with it; no address in details. */
    EMAIL_CHANGE_CONFIRMED,
    /** A platform admin created an offer of the catalogue; the details hold its title. */
    OFFER_CREATED,
    OFFER_EDITED,
    OFFER_PUBLISHED,
    OFFER_UNPUBLISHED,
    /** A platform admin set an offer's counted stock; the details hold the count. */
    OFFER_STOCK_SET,
    /** A platform admin uploaded e-ticket codes; the details hold how many, never a code. */
    OFFER_CODES_ADDED,
    /** A platform admin replaced an offer's picture; the details hold its size in pixels. */
    OFFER_IMAGE_SET,
    SHIPPING_SETTINGS_CHANGED,
    /** A platform admin created an advantage code; the details hold the code (a promotion, not a secret). */
    ADVANTAGE_CODE_CREATED,
    ADVANTAGE_CODE_DISABLED
}
