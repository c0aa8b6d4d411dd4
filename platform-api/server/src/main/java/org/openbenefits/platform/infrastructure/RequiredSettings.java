package org.openbenefits.platform.infrastructure;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.platform.security.SigningKeys;
import org.openbenefits.platform.security.StartupRefusal;

/**
 * Settings that have no safe default outside the local platform, checked as soon as the data source's settings are
 * read, before anything connects: the database account ({@code DATASOURCE_USERNAME}) and the access-token signing
 * keys ({@code JWT_SIGNING_KEYS_FILE} or {@code JWT_SIGNING_KEYS}). A failed check stops the start with a message
 * saying what to set ({@link StartupRefusal}).
 */
@Singleton
class RequiredSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final String signingKeysFile;
    private final String signingKeys;

    RequiredSettings(@Nullable @Value("${platform.security.signing-keys-file:}") String signingKeysFile,
                     @Nullable @Value("${platform.security.signing-keys:}") String signingKeys) {
        this.signingKeysFile = signingKeysFile;
        this.signingKeys = signingKeys;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration datasource = event.getBean();
        if (datasource.getUsername() == null || datasource.getUsername().isBlank()) {
            throw new StartupRefusal("DATASOURCE_USERNAME is not set: give platform-api its own database account "
                    + "(and DATASOURCE_PASSWORD), with rights on its schema only. See README, \"Configuration\".");
        }
        SigningKeys.load(signingKeysFile, signingKeys);
        return datasource;
    }
}
