package org.openbenefits.portal;

/** The addresses of the employee portal's pages, shared by the navigation, the controllers and the templates. */
public final class PortalPaths {

    public static final String HOME = "/";
    /** "Mes dotations": the employee's allowances, their balances, expiry dates and history. */
    public static final String WALLET = "/mes-dotations";
    /** "Catalogue": the published offers the employee may buy, searched, filtered, sorted and paged. */
    public static final String CATALOGUE = "/catalogue";
    /** "Mes commandes": the employee's orders, each with its lines, payment and invoice. */
    public static final String ORDERS = "/commandes";
    /** "Panier": the employee's cart, kept by platform-api, before checkout. */
    public static final String CART = "/panier";
    /** "Mon profil": identity, postal address, delivery e-mail, language, personal data. */
    public static final String PROFILE = "/mon-profil";
    public static final String PROFILE_ADDRESS = PROFILE + "/adresse";
    public static final String PROFILE_DELIVERY_EMAIL = PROFILE + "/email-livraison";
    public static final String PROFILE_LANGUAGE = PROFILE + "/langue";
    /** Changing the sign-in e-mail address. */
    public static final String SIGN_IN_EMAIL = PROFILE + "/email";
    /** The personal data export, downloaded as a JSON file. */
    public static final String PERSONAL_DATA = PROFILE + "/donnees";
    /** Deleting the account. */
    public static final String ACCOUNT_DELETION = PROFILE + "/suppression";

    private PortalPaths() {
    }
}
