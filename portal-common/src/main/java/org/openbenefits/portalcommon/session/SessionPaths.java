package org.openbenefits.portalcommon.session;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the session pages both portals share. E-mailed links (platform-api) use the French ones. */
public final class SessionPaths {

    public static final String SIGN_IN = "/connexion";
    public static final String SIGN_OUT = "/deconnexion";
    /** Invitation links: {@code /activation?jeton=...}. */
    public static final String ACTIVATION = "/activation";
    /** {@code /mot-de-passe/oublie} asks for a reset link; {@code /mot-de-passe/nouveau?jeton=...} uses it. */
    public static final String PASSWORD = "/mot-de-passe";
    public static final String PASSWORD_FORGOTTEN = PASSWORD + "/oublie";
    public static final String PASSWORD_NEW = PASSWORD + "/nouveau";
    /**
     * The link e-mailed to a new sign-in address: {@code /email-de-connexion/confirmer?jeton=...}. Open to everybody,
     * signed in or not: each portal lists it among its public pages.
     */
    public static final String EMAIL_CHANGE_CONFIRMATION = "/email-de-connexion/confirmer";
    /** Live password rules while typing (htmx). */
    public static final String PASSWORD_CHECK = "/regles-mot-de-passe";
    /** Query parameter naming the page to return to after signing in. */
    public static final String RETURN_TO = "retour";

    private SessionPaths() {
    }

    public static String signInReturningTo(String localPath) {
        return SIGN_IN + "?" + RETURN_TO + "=" + URLEncoder.encode(localPath, StandardCharsets.UTF_8);
    }
}
