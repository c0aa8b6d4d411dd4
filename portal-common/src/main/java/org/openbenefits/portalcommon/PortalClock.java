package org.openbenefits.portalcommon;

import java.time.Clock;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The portals' clock (token expiry checks); tests replace it to move time. */
@Factory
class PortalClock {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
