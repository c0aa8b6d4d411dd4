package org.openbenefits.platform.payment.simulator;

import java.net.http.HttpClient;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The JDK client builder the simulator sends its notifications with (tests give one that checks the contract). */
@Factory
class NotificationClientFactory {

    @Singleton
    HttpClient.Builder notificationClients() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    }
}
