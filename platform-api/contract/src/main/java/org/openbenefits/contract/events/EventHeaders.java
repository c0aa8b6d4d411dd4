package org.openbenefits.contract.events;

/**
 * Kafka record headers that every platform event carries. Consumers read the id to stay idempotent and the
 * type and version to pick the record class, so the value itself is the plain event JSON.
 */
public final class EventHeaders {

    /** The event's unique id (a UUID), the same on every redelivery. */
    public static final String ID = "event-id";
    /** The event's type, the simple name of its record (e.g. {@code NotificationRequested}). */
    public static final String TYPE = "event-type";
    /** The version of the event's schema, an integer. */
    public static final String VERSION = "event-version";
    /** When the business change happened, ISO-8601. */
    public static final String OCCURRED_AT = "occurred-at";

    private EventHeaders() {
    }
}
