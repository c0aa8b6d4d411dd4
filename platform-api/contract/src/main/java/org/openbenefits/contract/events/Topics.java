package org.openbenefits.contract.events;

/** Names of the Kafka topics the platform publishes to; versioned so that a breaking change gets a new topic. */
public final class Topics {

    /** Requests to send an e-mail to a person (invitations, password resets, reminders...). Keyed by recipient. */
    public static final String NOTIFICATIONS = "platform.notifications.v1";

    /** Where consumers park notification records that kept failing after their retries, for an operator to replay. */
    public static final String NOTIFICATIONS_DEAD_LETTER = NOTIFICATIONS + ".dlt";

    /** Orders' lifecycle (order.paid...): what delivery acts on. Keyed by order number, so an order's events keep their order. */
    public static final String ORDERS = "platform.orders.v1";

    private Topics() {
    }
}
