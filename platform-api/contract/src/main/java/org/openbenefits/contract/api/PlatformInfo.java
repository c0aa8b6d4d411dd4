package org.openbenefits.contract.api;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What platform-api says about itself: a cheap call for clients to check they reach the right service.
 *
 * @param name       the product name
 * @param apiVersion the major version of the JSON API, the {@code v1} of {@code /api/v1}
 * @param languages  the languages users can choose, the first being the default
 * @param timeZone   the zone in which business dates are read
 */
@Serdeable
public record PlatformInfo(String name, int apiVersion, List<String> languages, String timeZone) {
}
