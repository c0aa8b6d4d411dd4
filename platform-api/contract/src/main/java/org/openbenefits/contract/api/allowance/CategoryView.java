package org.openbenefits.contract.api.allowance;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A catalogue category a grant may pay.
 *
 * @param code     e.g. {@code CINEMA}; the portals translate it
 * @param cultural whether culture cheques may pay it
 */
@Serdeable
public record CategoryView(String code, boolean cultural) {
}
