package org.openbenefits.delivery;

import io.micronaut.runtime.Micronaut;

/** Starts ticket-delivery, the consumer of platform events that sends e-mails, e-tickets and parcels. */
public class TicketDeliveryApplication {

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(TicketDeliveryApplication.class).banner(false).start();
    }
}
