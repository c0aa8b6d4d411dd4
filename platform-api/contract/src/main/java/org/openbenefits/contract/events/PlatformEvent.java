package org.openbenefits.contract.events;

/** An event that platform-api publishes through its outbox. */
public interface PlatformEvent {

    /** The topic the event goes to. */
    String topic();

    /** The record key: events with the same key keep their order. */
    String key();

    /** The schema version written in the {@link EventHeaders#VERSION} header. */
    int version();

    /** The type written in the {@link EventHeaders#TYPE} header. */
    default String type() {
        return getClass().getSimpleName();
    }
}
