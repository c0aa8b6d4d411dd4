package org.openbenefits.contract.token;

import java.time.Duration;

/**
 * What an access token of platform-api looks like, for the side that signs it and the sides that check it: a JWT of
 * type {@value #TYPE} signed with ES256 by one of platform-api's keys, named by its {@code kid} and published as a
 * JWK set at {@value #JWKS_PATH}.
 */
public final class AccessTokenFormat {

    /** The only signature algorithm accepted: ECDSA on P-256 with SHA-256. */
    public static final String ALGORITHM = "ES256";
    /** The {@code typ} header (RFC 9068), so that no other JWT of ours can pass for an access token. */
    public static final String TYPE = "at+jwt";
    /** The {@code iss} claim: who signs. */
    public static final String ISSUER = "openbenefits-platform-api";
    /** The {@code aud} claim: the platform's API, whose portals read the same token on their users' behalf. */
    public static final String AUDIENCE = "openbenefits-api";
    /** Where platform-api publishes the public keys that verify its tokens. */
    public static final String JWKS_PATH = "/.well-known/jwks.json";
    /** The media type of a JWK set (RFC 7517). */
    public static final String JWKS_MEDIA_TYPE = "application/jwk-set+json";

    /** No token lives longer than this, whatever its {@code exp} says: a token that claims to is not ours. */
    public static final Duration LONGEST_LIFETIME = Duration.ofHours(1);
    /** Clocks of the signing and checking machines may differ by this much. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    /** The caller's role, as a one-element list: {@code EMPLOYEE}, {@code HR_MANAGER}, {@code SUPPORT_AGENT}... */
    public static final String ROLES = "roles";
    /** The employer of an employee or HR manager; absent for platform staff. */
    public static final String EMPLOYER_ID = "employerId";
    /** The session (sign-in) the token belongs to: signing out ends it, and every token of it. */
    public static final String SESSION_ID = "sid";
    /** For display only: the sign-in e-mail, the name and the language ({@code fr} or {@code en}). */
    public static final String EMAIL = "email";
    public static final String NAME = "name";
    public static final String LANGUAGE = "lang";

    private AccessTokenFormat() {
    }
}
