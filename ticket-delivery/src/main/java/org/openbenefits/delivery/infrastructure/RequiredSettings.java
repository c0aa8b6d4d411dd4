package org.openbenefits.delivery.infrastructure;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

/**
 * The database account has no default outside the local platform: without {@code DATASOURCE_USERNAME} the start
 * stops, before anything connects, with a message saying what to set.
 */
@Singleton
class RequiredSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        String username = event.getBean().getUsername();
        if (username == null || username.isBlank()) {
            throw new ConfigurationException("DATASOURCE_USERNAME is not set: give ticket-delivery its own database "
                    + "account (and DATASOURCE_PASSWORD), with rights on its schema only. See README, \"Configuration\".");
        }
        return event.getBean();
    }
}
