package org.openbenefits.domain.refusal;

/**
 * What kind of "no" a refusal is, which is all an edge (HTTP, a job, a message listener) needs to know to answer it:
 * the HTTP edge maps each kind to one status. {@link #FIELD} marks the codes of one field at fault, which never
 * stand alone.
 */
public enum RefusalKind {
    /** The request breaks a rule: fix it and send it again. */
    INVALID_INPUT,
    /** The request is not well-formed enough to be read. */
    MALFORMED,
    /** Nobody is signed in, or the credentials are wrong. */
    UNAUTHENTICATED,
    /** The caller may not do this. */
    FORBIDDEN,
    /** No such thing, or not the caller's to see. */
    NOT_FOUND,
    /** The thing is not in a state that allows this. */
    CONFLICT,
    /** A link or a thing that existed and is gone for good. */
    GONE,
    /** What was sent is larger than allowed. */
    TOO_LARGE,
    /** Locked for a while. */
    LOCKED,
    /** Too many attempts; the refusal ends by itself. */
    RATE_LIMITED,
    /** The service cannot take this now; retry later. */
    UNAVAILABLE,
    /** The way the request was sent is not supported (method, media type, format asked for). */
    UNSUPPORTED,
    /** A fault of ours, not of the request. */
    INTERNAL,
    /** One field at fault, inside a refusal of another kind. */
    FIELD
}
